package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DatasetCounts;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.ClassFolders;
import org.emotionworkbench.dataset.FolderLabels;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.labelmap.ClassNameDictionary;
import org.emotionworkbench.dataset.labelmap.LabelMap;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The "open a dataset" part: the path field and folder options, Open (becomes the context's dataset, with progress
 * and cancel) and Add to comparison (counts only, nothing decoded). Bad input gets a message, never an exception.
 */
public final class OpenDatasetViewModel {
    /** A checked request: a path and the options to read it with. */
    public record Request(Path path, SourceOptions source) {
    }

    private final WorkbenchContext context;
    private final DatasetOpener opener;
    private final StringProperty path = new SimpleStringProperty("");
    private final SourceOptionsModel source = new SourceOptionsModel();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DatasetOpener.Opened> opened = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LabelMapEditorModel> labelMapEditor = new ReadOnlyObjectWrapper<>();
    private BackgroundTask<?> current;
    /** The path the folder options shown belong to (set when they were filled in for it); null when typed by hand. */
    private String optionsPath;

    public OpenDatasetViewModel(WorkbenchContext context) {
        this.context = context;
        this.opener = new DatasetOpener(context);
        showExternal();
        // options filled in for one dataset never travel to the next: another path gets its own remembered map or none
        path.addListener((o, a, b) -> {
            if (optionsPath != null && !samePath(optionsPath, b)) {
                optionsPath = b;
                source.show(context.labelMaps().optionsFor(b));
            }
        });
        // a dataset opened elsewhere (the sample data at start, another screen) shows in the fields
        context.datasetProperty().addListener((o, a, ds) -> {
            if (!loading.get()) {
                showExternal();
            }
        });
    }

    private void showExternal() {
        String spec = context.datasetSpecProperty().get();
        if (spec != null && context.datasetProperty().get() != null) {
            optionsPath = spec;
            path.set(spec);
            source.show(context.datasetSourceProperty().get());
            info.set("Opened " + spec);
        }
    }

    public StringProperty pathProperty() {
        return path;
    }

    public SourceOptionsModel source() {
        return source;
    }

    /** What went wrong with the last request (blank when nothing did). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Where the dataset shown came from and what training uses. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last successful open by this screen (null when the dataset came from elsewhere, e.g. at start). */
    public ReadOnlyObjectProperty<DatasetOpener.Opened> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The path and options as entered, checked; empty with a message when they cannot be used. */
    public Optional<Request> request() {
        String text = path.get() == null ? "" : path.get().strip();
        if (text.isEmpty()) {
            return fail("Enter a dataset: a folder, a FER2013 .csv or a manifest .json.");
        }
        Optional<SourceOptions> o = source.toSourceOptions();
        if (o.isEmpty()) {
            return fail(source.messageProperty().get());
        }
        DataSources.Kind kind;
        try {
            kind = DataSources.kind(text);
        } catch (DatasetException | IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        if (kind != DataSources.Kind.FOLDER && !o.get().isDefault()) {
            return fail("Layout, label map and labels CSV apply to folders only; clear them to open a "
                    + (kind == DataSources.Kind.MANIFEST ? "manifest." : "FER2013 CSV."));
        }
        SourceOptions options = o.get();
        if (kind == DataSources.Kind.FOLDER && options.isDefault()) {
            options = context.labelMaps().optionsFor(text);
            if (!options.isDefault()) {
                optionsPath = text;
                source.show(options);
            } else if (namesNeedAMap(Path.of(text))) {
                editLabelMap();
                // not an error: the editor is the next step, and this says why it opened
                message.set("");
                info.set("The class folders of " + displayName(Path.of(text)) + " are not named after the seven "
                        + "emotions: say what each one holds in the label map editor.");
                return Optional.empty();
            }
        }
        message.set("");
        return Optional.of(new Request(Path.of(text), options));
    }

    private static boolean namesNeedAMap(Path folder) {
        try {
            return ClassFolders.of(folder, FolderLabels.names(), false).needsLabelMap();
        } catch (DatasetException e) {
            return false;
        }
    }

    /** The label-map editor to show (null when none is open). */
    public ReadOnlyObjectProperty<LabelMapEditorModel> labelMapEditorProperty() {
        return labelMapEditor.getReadOnlyProperty();
    }

    /**
     * Opens the label-map editor for the folder in the path field, filled from its remembered map, the map in the
     * field, or suggestions; false with a message when the path is not a folder.
     */
    public boolean editLabelMap() {
        String text = path.get() == null ? "" : path.get().strip();
        Path folder = text.isEmpty() ? null : Path.of(text);
        if (folder == null || !Files.isDirectory(folder)) {
            message.set("A label map says what the class folders of a dataset folder hold: enter a folder first.");
            return false;
        }
        Optional<LabelMap> existing = Optional.empty();
        Path file = context.labelMaps().find(folder).orElse(source.toSourceOptions().map(SourceOptions::labelMap).orElse(null));
        if (file != null) {
            try {
                existing = Optional.of(LabelMap.read(file));
            } catch (DatasetException e) {
                message.set("The label map " + file + " cannot be read (" + e.getMessage() + "); starting from suggestions.");
            }
        }
        try {
            labelMapEditor.set(new LabelMapEditorModel(ClassFolders.of(folder, FolderLabels.names()), existing,
                    ClassNameDictionary.builtIn()));
            return true;
        } catch (DatasetException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /**
     * Remembers the editor's map for its folder (workspace {@code label-maps/}) and opens the folder with it; false
     * (editor stays open, with a message) when the map is not usable or cannot be saved.
     */
    public boolean applyLabelMap() {
        LabelMapEditorModel editor = labelMapEditor.get();
        if (editor == null) {
            return false;
        }
        Optional<LabelMap> map = editor.toLabelMap();
        if (map.isEmpty()) {
            return false;
        }
        Path file;
        try {
            file = context.labelMaps().save(editor.folder(), map.get());
        } catch (IOException e) {
            message.set("Could not save the label map: " + e.getMessage());
            context.errors().report("Saving the label map of " + editor.folder(), e);
            return false;
        }
        labelMapEditor.set(null);
        open(editor.folder(), new SourceOptions(null, file, null));
        return true;
    }

    /** Closes the editor without saving; nothing is opened. */
    public void cancelLabelMap() {
        if (labelMapEditor.get() != null) {
            labelMapEditor.set(null);
            message.set("No label map saved, so the folder was not opened.");
        }
    }

    private static boolean samePath(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        try {
            return Path.of(a.strip()).toAbsolutePath().normalize().equals(Path.of(b.strip()).toAbsolutePath().normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return a.strip().equals(b.strip());
        }
    }

    /** Opens what the fields say; false (with a message) when they cannot be used or a load is running. */
    public boolean open() {
        if (loading.get()) {
            message.set("A dataset is already loading; cancel it first.");
            return false;
        }
        Optional<Request> r = request();
        r.ifPresent(this::open);
        return r.isPresent();
    }

    /** Opens a given path with given options (the fields are set to them first). */
    public BackgroundTask<?> open(Path p, SourceOptions options) {
        optionsPath = p.toString();
        path.set(p.toString());
        source.show(options);
        return open(new Request(p, options));
    }

    private BackgroundTask<?> open(Request r) {
        loading.set(true);
        progress.set(-1);
        progressText.set("Loading " + r.path().getFileName() + " …");
        message.set("");
        BackgroundTask<DatasetOpener.Opened> task = opener.open(r.path(), r.source(), this::opened, t -> {
            finished();
            message.set("Could not open " + r.path() + ": " + ErrorLog.describe(t));
            context.errors().report("Opening " + r.path(), t);
        }, () -> {
            finished();
            message.set("Loading cancelled; the dataset shown before is kept.");
        });
        current = task;
        progress.bind(task.progressProperty());
        progressText.bind(task.messageProperty());
        return task;
    }

    private void opened(DatasetOpener.Opened o) {
        optionsPath = path.get();
        opened.set(o);
        StringBuilder sb = new StringBuilder("Opened ").append(o.spec());
        if (o.source().layout() != null) {
            sb.append(" with layout ").append(o.source().layout());
        } else if (o.source().labelMap() != null) {
            sb.append(" with label map ").append(o.source().labelMap().getFileName());
        } else if (o.source().labels() != null) {
            sb.append(" with labels ").append(o.source().labels().getFileName());
        }
        if (o.viaManifest()) {
            sb.append(". Training uses the manifest ").append(o.trainingSpec())
                    .append(" (the same files and labels, readable without these options).");
        }
        info.set(sb.toString());
        finished();
    }

    private void finished() {
        progress.unbind();
        progressText.unbind();
        loading.set(false);
        progress.set(0);
        progressText.set("");
        current = null;
    }

    /** Stops the running load; the dataset shown before stays. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Counts the dataset in the fields (no decoding) and hands it to {@code add}; false when the fields are bad. */
    public boolean addToComparison(Consumer<ComparisonEntry> add) {
        Optional<Request> r = request();
        if (r.isEmpty()) {
            return false;
        }
        Request req = r.get();
        String spec = req.path().toAbsolutePath().normalize().toString();
        String name = displayName(req.path());
        context.tasks().submit(BackgroundTask.of("Counting " + req.path().getFileName(),
                        p -> DatasetCounts.of(spec, req.source()))
                .onSuccess(c -> add.accept(new ComparisonEntry(name, spec, c)))
                .onFailure(t -> {
                    message.set("Could not count " + spec + ": " + ErrorLog.describe(t));
                    context.errors().report("Adding " + spec + " to the comparison", t);
                }));
        return true;
    }

    /** Folder names that say nothing on their own; the parent's name is put before them. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("faces", "images", "data", "dataset", "train",
            "test", "all", "images48");

    /** A short name for a dataset: its folder or file name (after its parent's for names like "faces"). */
    public static String displayName(Path spec) {
        Path abs = spec.toAbsolutePath().normalize();
        Path n = abs.getFileName();
        String name = n == null ? spec.toString() : n.toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".csv")) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        if (GENERIC.contains(name.toLowerCase(java.util.Locale.ROOT)) && abs.getParent() != null
                && abs.getParent().getFileName() != null) {
            name = abs.getParent().getFileName() + "/" + name;
        }
        return name;
    }

    private Optional<Request> fail(String why) {
        message.set(why);
        return Optional.empty();
    }
}
