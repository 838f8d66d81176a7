package org.emotionworkbench.ui.datasets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.labels.LabelOrigin;
import org.emotionworkbench.dataset.labels.LabelRow;
import org.emotionworkbench.dataset.labels.LabelsCsv;
import org.emotionworkbench.dataset.labels.UnlabelledFolder;
import org.emotionworkbench.run.ModelLabeller;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Labelling an unlabelled folder (SFHQ style): its faces in a grid; the selected face gets a human label with keys
 * 1–7 (1 angry … 7 surprise; 0 or Delete clears it; arrows move); a chosen run suggests labels with confidence
 * (shown lowest first); saving writes a labels CSV in the engine's format (human rows with source=human, suggestions
 * as model rows marked for review under the threshold). A labels CSV that exists is read first and every row of it
 * is kept (rows of files not in the folder too); a suggestion never replaces a human label.
 */
public final class LabellingViewModel {
    /** How the grid is ordered. */
    public enum Order {
        FILE("by file"), LOW_CONFIDENCE_FIRST("lowest confidence first"), UNLABELLED_FIRST("unlabelled first");

        private final String text;

        Order(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private record Loaded(Path folder, Path csv, LoadedDataset faces, List<LabelRow> rows) {
    }

    private final TaskRunner tasks;
    private final LoadOptions loadOptions;
    private final Path datasetsDir;
    private final StringProperty imagesFolder = new SimpleStringProperty("");
    private final StringProperty labelsFile = new SimpleStringProperty("");
    private final StringProperty minConfidence = new SimpleStringProperty("0.5");
    private final ObjectProperty<RunEntry> run = new SimpleObjectProperty<>();
    private final ObservableList<LabelItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<LabelItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.FILE);
    private final BooleanProperty autosave = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No folder loaded.");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private String lead = "";
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Loaded loaded;
    private List<LabelRow> otherRows = List.of();
    private boolean saving;
    private boolean saveAgain;

    /** @param datasetsDir where a labels CSV goes when none is named ({@code <workspace>/datasets}) */
    public LabellingViewModel(TaskRunner tasks, LoadOptions loadOptions, Path datasetsDir) {
        this.tasks = tasks;
        this.loadOptions = loadOptions;
        this.datasetsDir = datasetsDir;
        order.addListener((o, a, b) -> sort());
    }

    /** The labels CSV used for a folder when none is named: {@code <datasets>/<folder>-labels.csv}. */
    public Path defaultLabelsFile(Path folder) {
        return datasetsDir.resolve(DatasetOpener.fileName(OpenDatasetViewModel.displayName(folder) + "-labels") + ".csv");
    }

    /** Loads the folder's faces and its labels CSV (if it exists); labels not yet saved are saved first. */
    public BackgroundTask<?> load() {
        String f = imagesFolder.get() == null ? "" : imagesFolder.get().strip();
        if (f.isEmpty()) {
            return fail("Enter the folder of unlabelled images.");
        }
        Path folder = Path.of(f).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            return fail("Images folder not found: " + folder);
        }
        String c = labelsFile.get() == null ? "" : labelsFile.get().strip();
        Path csv = c.isEmpty() ? defaultLabelsFile(folder) : Path.of(c).toAbsolutePath().normalize();
        labelsFile.set(csv.toString());
        if (dirty.get() && !saveNow()) {
            return null;
        }
        message.set("");
        busy.set(true);
        return tasks.submit(BackgroundTask.of("Loading faces to label from " + folder.getFileName(), p -> {
                    List<LabelRow> rows = LabelsCsv.read(csv);
                    LoadedDataset faces = UnlabelledFolder.load(folder, loadOptions, org.emotionworkbench.ui.common.LoadMonitors.of(p));
                    return new Loaded(folder, csv, faces, rows);
                })
                .onSuccess(this::show)
                .onFailure(t -> message.set("Cannot load " + folder + ": " + ErrorLog.describe(t)))
                .onCancelled(() -> message.set("Loading cancelled."))
                .onFinally(() -> busy.set(false)));
    }

    private void show(Loaded l) {
        loaded = l;
        Map<String, LabelRow> existing = new LinkedHashMap<>();
        l.rows().forEach(r -> existing.put(r.file(), r));
        List<LabelItem> list = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Sample s : l.faces().train()) {
            LabelItem item = new LabelItem(UnlabelledFolder.relativeName(l.folder(), s.source()), s.pixels());
            present.add(item.file());
            LabelRow r = existing.get(item.file());
            if (r != null) {
                if (r.origin() == LabelOrigin.HUMAN) {
                    item.humanProperty().set(r.label());
                } else {
                    item.suggestionProperty().set(r);
                }
            }
            list.add(item);
        }
        otherRows = l.rows().stream().filter(r -> !present.contains(r.file())).toList();
        saved.set("");
        selected.set(null);
        items.setAll(list);
        dirty.set(false);
        sort();
        if (!items.isEmpty()) {
            selected.set(items.get(0));
        }
        updateStatus(l.rows().isEmpty() ? "No labels yet (" + l.csv().getFileName() + " is new)."
                : "Read " + l.rows().size() + " rows from " + l.csv().getFileName() + ".");
    }

    /**
     * A key typed on the grid: "1".."7" labels the selected face and moves on, "0", "DELETE" or "BACK_SPACE" clears
     * its human label, "LEFT"/"RIGHT" move. True when the key was used.
     */
    public boolean handleKey(String key) {
        if (key == null) {
            return false;
        }
        switch (key) {
            case "LEFT" -> {
                move(-1);
                return true;
            }
            case "RIGHT" -> {
                move(1);
                return true;
            }
            case "0", "DELETE", "BACK_SPACE" -> {
                LabelItem s = selected.get();
                if (s == null) {
                    message.set("Select a face first (click it).");
                } else {
                    clear(s);
                }
                return true;
            }
            default -> {
                if (key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '7') {
                    LabelItem s = selected.get();
                    if (s == null) {
                        message.set("Select a face first (click it), then press 1–7.");
                        return true;
                    }
                    label(s, Emotion.values()[key.charAt(0) - '1']);
                    move(1);
                    return true;
                }
                return false;
            }
        }
    }

    private void move(int delta) {
        if (items.isEmpty()) {
            return;
        }
        int i = selected.get() == null ? -1 : items.indexOf(selected.get());
        int next = Math.max(0, Math.min(items.size() - 1, i + delta));
        selected.set(items.get(next));
    }

    /** The user's label for a face. */
    public void label(LabelItem item, Emotion e) {
        item.humanProperty().set(e);
        message.set("");
        changed();
    }

    /** Removes the user's label of a face (its suggestion, if any, shows again). */
    public void clear(LabelItem item) {
        if (item.human() != null) {
            item.humanProperty().set(null);
            changed();
        }
    }

    /** Shows a model's rows as suggestions (human labels are never touched); returns how many faces got one. */
    public int applySuggestions(List<LabelRow> modelRows) {
        Map<String, LabelRow> byFile = new HashMap<>();
        modelRows.forEach(r -> byFile.put(r.file(), r));
        int n = 0;
        for (LabelItem item : items) {
            LabelRow r = byFile.get(item.file());
            if (r != null && r.origin() == LabelOrigin.MODEL) {
                item.suggestionProperty().set(r);
                n++;
            }
        }
        if (n > 0) {
            if (order.get() == Order.LOW_CONFIDENCE_FIRST) {
                sort();
            } else {
                order.set(Order.LOW_CONFIDENCE_FIRST);
            }
            changed();
        }
        return n;
    }

    /** Asks the chosen run's model for suggestions for every face. */
    public BackgroundTask<?> suggest() {
        if (loaded == null) {
            return fail("Load a folder of faces first.");
        }
        RunEntry r = run.get();
        if (r == null || !r.hasModel()) {
            return fail("Choose a run with a trained model (model.zip) to suggest labels.");
        }
        double min;
        try {
            min = Double.parseDouble(minConfidence.get().strip().replace(',', '.'));
            if (!(min >= 0 && min <= 1)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException | NullPointerException e) {
            return fail("Review below: enter a confidence between 0 and 1, e.g. 0.5.");
        }
        Loaded l = loaded;
        busy.set(true);
        message.set("");
        return tasks.submit(BackgroundTask.of("Suggesting labels with " + r.name(),
                        p -> ModelLabeller.label(r.folder(), l.faces(), l.folder(), min))
                .onSuccess(rows -> {
                    if (loaded == l) {
                        int n = applySuggestions(rows);
                        long review = rows.stream().filter(LabelRow::review).count();
                        updateStatus(String.format(Locale.ROOT, "%s suggested labels for %d faces; %d under %.2f confidence "
                                + "are marked for review. Your labels were kept.", r.name(), n, review, min));
                    }
                })
                .onFailure(t -> message.set("Cannot suggest labels with " + r.name() + ": " + ErrorLog.describe(t)))
                .onFinally(() -> busy.set(false)));
    }

    /** What saving writes: one row per labelled or suggested face, plus the CSV's rows for files not in the folder. */
    public List<LabelRow> rows() {
        List<LabelRow> out = new ArrayList<>(otherRows);
        for (LabelItem item : items) {
            if (item.human() != null) {
                out.add(LabelRow.human(item.file(), item.human()));
            } else if (item.suggestion() != null) {
                out.add(item.suggestion());
            }
        }
        return LabelsCsv.ordered(out);
    }

    /** Writes the labels CSV in the background (saves requested while one runs are folded into one more). */
    public BackgroundTask<Integer> save() {
        if (loaded == null) {
            fail("Load a folder of faces first.");
            return null;
        }
        if (saving) {
            saveAgain = true;
            return null;
        }
        List<LabelRow> snapshot = rows();
        Path target = loaded.csv();
        saving = true;
        dirty.set(false);
        return tasks.submit(BackgroundTask.of("Saving labels", p -> {
                    LabelsCsv.write(snapshot, target);
                    return snapshot.size();
                })
                .onSuccess(n -> saved.set("Saved " + n + " rows to " + target.getFileName() + " at "
                        + java.time.LocalTime.now().withNano(0) + "."))
                .onFailure(t -> {
                    dirty.set(true);
                    message.set("Could not save the labels to " + target + ": " + ErrorLog.describe(t)
                            + ". Your labels are still here; try another file.");
                })
                .onFinally(() -> {
                    saving = false;
                    if (saveAgain) {
                        saveAgain = false;
                        save();
                    }
                }));
    }

    /** Writes the labels CSV now, on this thread (a small file); false with a message when it fails. */
    public boolean saveNow() {
        if (loaded == null) {
            return true;
        }
        try {
            LabelsCsv.write(rows(), loaded.csv());
            dirty.set(false);
            saved.set("Saved to " + loaded.csv().getFileName() + " at " + java.time.LocalTime.now().withNano(0) + ".");
            return true;
        } catch (IOException | RuntimeException e) {
            message.set("Could not save the labels to " + loaded.csv() + ": " + ErrorLog.describe(e));
            return false;
        }
    }

    /** The folder with its saved labels, to open as a dataset (saved first); empty with a message when not possible. */
    public Optional<OpenDatasetViewModel.Request> labelledDataset() {
        if (loaded == null) {
            fail("Load a folder of faces first.");
            return Optional.empty();
        }
        if (!saveNow()) {
            return Optional.empty();
        }
        if (rows().stream().noneMatch(LabelRow::usable)) {
            fail("No usable labels yet: label some faces (1–7) or accept suggestions above the review threshold.");
            return Optional.empty();
        }
        return Optional.of(new OpenDatasetViewModel.Request(loaded.folder(), new SourceOptions(null, null, loaded.csv())));
    }

    private void changed() {
        dirty.set(true);
        updateStatus(null);
        if (autosave.get()) {
            save();
        }
    }

    private void sort() {
        if (items.isEmpty()) {
            return;
        }
        Comparator<LabelItem> byFile = Comparator.comparing(LabelItem::file);
        Comparator<LabelItem> c = switch (order.get()) {
            case FILE -> byFile;
            case UNLABELLED_FIRST -> Comparator.comparing((LabelItem i) -> i.human() != null).thenComparing(byFile);
            case LOW_CONFIDENCE_FIRST -> Comparator.comparing((LabelItem i) -> i.human() != null)
                    .thenComparingDouble(LabelItem::confidence).thenComparing(byFile);
        };
        List<LabelItem> sorted = new ArrayList<>(items);
        sorted.sort(c);
        items.setAll(sorted);
    }

    private void updateStatus(String newLead) {
        if (newLead != null) {
            lead = newLead;
        }
        long human = items.stream().filter(i -> i.human() != null).count();
        long suggested = items.stream().filter(i -> i.human() == null && i.suggestion() != null).count();
        long review = items.stream().filter(i -> i.human() == null && i.suggestion() != null && i.suggestion().review()).count();
        String counts = String.format(Locale.ROOT, "%,d faces · %,d labelled by you · %,d with a suggestion only (%,d to review) · %,d unlabelled",
                items.size(), human, suggested, review, items.size() - human - suggested);
        status.set(lead.isEmpty() ? counts : lead + "\n" + counts);
    }

    private BackgroundTask<?> fail(String why) {
        message.set(why);
        return null;
    }

    public StringProperty imagesFolderProperty() {
        return imagesFolder;
    }

    public StringProperty labelsFileProperty() {
        return labelsFile;
    }

    public StringProperty minConfidenceProperty() {
        return minConfidence;
    }

    public ObjectProperty<RunEntry> runProperty() {
        return run;
    }

    public ObservableList<LabelItem> items() {
        return items;
    }

    public ObjectProperty<LabelItem> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** Save after every label (on by default). */
    public BooleanProperty autosaveProperty() {
        return autosave;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** When and where the labels were last saved (blank before the first save). */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Labels changed since the last save. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
