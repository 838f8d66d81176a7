package org.emotionworkbench.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.model.keras.ImportCandidate;
import org.emotionworkbench.model.keras.IsolatedKerasImport;
import org.emotionworkbench.platform.ChildJvm;
import org.emotionworkbench.model.keras.KerasFileInfo;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.run.ImportedModel;
import org.emotionworkbench.run.ModelImport;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.datasets.OpenDatasetViewModel;
import org.emotionworkbench.ui.workspace.SampleData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * File → Import Keras model…: the CLI's {@code import --keras} as a form (the .h5 file, class order, pixel scaling,
 * input size when the file declares none, run name) with what the file declares, and a live preview: the model,
 * imported once in the background, labels faces of the open dataset (or the sample data) under the chosen class
 * order and scaling, beside each face's folder label, so that a wrong order or scaling shows before anything is
 * written. Import writes the run folder in the background and selects the run everywhere. No controls here.
 *
 * <p>The file is read and imported in a child JVM ({@link IsolatedKerasImport}): a crash of the native HDF5 library
 * on a damaged or hostile file becomes the file's one-line error, and the window stays up.
 */
public final class ImportModelViewModel implements AutoCloseable {
    /** Faces scored per class for the agreement count; the first {@link #SHOWN_PER_CLASS} of them are shown. */
    static final int SCORED_PER_CLASS = 20;
    static final int SHOWN_PER_CLASS = 3;

    /** Which emotion each output stands for. */
    public enum OrderChoice {
        FER2013("FER2013 order (angry, disgust, fear, happy, sad, surprise, neutral)"),
        KDEF("KDEF order (AN DI AF HA SA SU NE: the same as FER2013)"),
        ALPHABETICAL("Alphabetical (angry, disgust, fear, happy, neutral, sad, surprise)"),
        CUSTOM("Custom: one emotion per output");

        private final String text;

        OrderChoice(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** How the model's training fed pixels. */
    public enum ScalingChoice {
        UNIT("[0, 1]  (p / 255)"),
        SYMMETRIC("[-1, 1]  ((p / 255 - 0.5) × 2)"),
        MEAN_STD("mean / std  ((p - mean) / std, p in 0-255)");

        private final String text;

        ScalingChoice(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final WorkbenchContext context;
    private final IsolatedKerasImport importer;
    private final StringProperty file = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<KerasFileInfo> info = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper declared = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Long> outputs = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<OrderChoice> order = new SimpleObjectProperty<>();
    private final ObservableList<ObjectProperty<Emotion>> customOrder = FXCollections.observableArrayList();
    private final ObjectProperty<ScalingChoice> scaling = new SimpleObjectProperty<>(ScalingChoice.UNIT);
    private final StringProperty mean = new SimpleStringProperty("127.5");
    private final StringProperty std = new SimpleStringProperty("127.5");
    private final StringProperty inputSize = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper inputEditable = new ReadOnlyBooleanWrapper(false);
    private final StringProperty runName = new SimpleStringProperty("");
    private final ObservableList<PreviewFace> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loadingModel = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> importedRun = new ReadOnlyObjectWrapper<>();
    private final StringBinding problems;
    private final BooleanBinding canImport;
    private final StringBinding runFolder;
    /** Counts edits of the custom order's pickers (the problems binding cannot see into them otherwise). */
    private final javafx.beans.property.IntegerProperty customEdits = new javafx.beans.property.SimpleIntegerProperty();
    private final ChangeListener<Emotion> customChanged = (o, a, b) -> {
        customEdits.set(customEdits.get() + 1);
        previewChanged();
    };

    /** Guards {@link #candidate}: one forward pass, import or close at a time, on worker threads only. */
    private final Object lock = new Object();
    private ImportCandidate candidate;
    /** The file and input size the candidate was imported from ("path|64x64x1"); read and written under the lock. */
    private String candidateKey;
    private volatile long fileGeneration;
    /**
     * Stops the child JVM now working for this dialog (reading the file, or importing it for the preview); replaced
     * for each new child, and stopped when its work is no longer wanted. UI thread only.
     */
    private ChildJvm.Stop childStop = new ChildJvm.Stop();
    private long previewGeneration;
    private String lastDefaultName;
    /** The model's outputs per scaling for {@link #scored}, on the UI thread; cleared with a new candidate. */
    private final Map<PixelScaling, float[][]> outputsByScaling = new HashMap<>();
    private List<Sample> scored;
    private String facesFrom;
    private boolean loadingFaces;

    public ImportModelViewModel(WorkbenchContext context) {
        this(context, context.kerasImporter());
    }

    /**
     * @param importer reads and imports the file in a child JVM (a crash there is reported as the file's error, and
     *                 the window stays up)
     */
    public ImportModelViewModel(WorkbenchContext context, IsolatedKerasImport importer) {
        this.context = Objects.requireNonNull(context, "context");
        this.importer = Objects.requireNonNull(importer, "importer");
        file.addListener((o, a, b) -> fileChanged());
        inputSize.addListener((o, a, b) -> {
            if (inputEditable.get()) {
                loadCandidate();
            }
        });
        order.addListener((o, a, b) -> previewChanged());
        scaling.addListener((o, a, b) -> previewChanged());
        mean.addListener((o, a, b) -> previewChanged());
        std.addListener((o, a, b) -> previewChanged());
        problems = Bindings.createStringBinding(this::findProblems, file, info, fileError, outputs, order, customOrder,
                customEdits, scaling, mean, std, inputSize, runName, importing, loadingModel);
        canImport = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
        runFolder = Bindings.createStringBinding(() -> {
            String name = runName.get() == null ? "" : runName.get().trim();
            return name.isEmpty() ? "" : context.workspace().newRunFolder(name).toString();
        }, runName, context.runs().workspaceProperty(), importedRun);
    }

    // ---- the file and what it declares ----

    private void fileChanged() {
        dropCandidate();
        long gen = ++fileGeneration;
        info.set(null);
        declared.set("");
        fileError.set("");
        modelStatus.set("");
        outputs.set(null);
        message.set("");
        clearPreview("");
        String text = file.get() == null ? "" : file.get().trim();
        if (text.isEmpty()) {
            return;
        }
        Path path = Path.of(text).toAbsolutePath().normalize();
        ChildJvm.Stop stop = nextChild();
        context.tasks().submit(BackgroundTask.of("Reading " + path.getFileName(), p -> importer.describe(path, stop))
                .onSuccess(i -> {
                    if (gen == fileGeneration) {
                        showInfo(i);
                    }
                })
                .onFailure(t -> {
                    if (gen == fileGeneration) {
                        fileError.set(ErrorLog.describe(t));
                    }
                }));
    }

    private void showInfo(KerasFileInfo i) {
        declared.set(describe(i));
        if (i.declaresInput()) {
            inputEditable.set(false);
            inputSize.set(i.height() + "x" + i.width() + "x" + i.channels());
        } else {
            inputEditable.set(true);
            if (parsedInput() == null) {
                inputSize.set("");
            }
        }
        String name = runName.get();
        if (name == null || name.isBlank() || name.equals(lastDefaultName)) {
            lastDefaultName = ImportedModel.shortName(i.fileName());
            runName.set(lastDefaultName);
        }
        info.set(i); // last: the problems binding then sees the input size and name too
        loadCandidate();
    }

    /** "Keras 2.0.5, tensorflow backend · functional model · input 64×64×1, channels last · 53 layers · 0.9 MB, sha256 3787…". */
    static String describe(KerasFileInfo i) {
        String keras = "Keras " + orUnknown(i.kerasVersion()) + ", " + orUnknown(i.backend()) + " backend";
        String kind = i.sequential() ? "Sequential model" : "functional model (" + orUnknown(i.modelClass()) + ")";
        String input = i.declaresInput()
                ? "input " + i.height() + "×" + i.width() + "×" + i.channels() + ", channels " + (i.channelsLast() ? "last" : "first")
                : "input size not declared";
        String size = String.format(Locale.ROOT, "%.1f MB, sha256 %s…", i.bytes() / 1e6,
                i.sha256().substring(0, Math.min(12, i.sha256().length())));
        return keras + " · " + kind + " · " + input + " · " + i.layerClasses().size() + " layers · " + size;
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }

    private int[] parsedInput() {
        String s = inputSize.get();
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return InputSpec.parseSize(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- the model, imported once for the preview ----

    /** Imports the chosen file in the background (once per file and input size), then previews. */
    private void loadCandidate() {
        KerasFileInfo i = info.get();
        if (i == null) {
            return;
        }
        int[] size = i.declaresInput() ? null : parsedInput();
        if (!i.declaresInput() && size == null) {
            dropCandidate();
            outputs.set(null);
            modelStatus.set("");
            clearPreview("Give the input size to import the model for the preview.");
            return;
        }
        long gen = ++fileGeneration;
        ChildJvm.Stop stop = nextChild(); // an import for the previous size is no longer wanted
        Path path = Path.of(file.get().trim()).toAbsolutePath().normalize();
        String key = path + "|" + (size == null ? "declared" : size[0] + "x" + size[1] + "x" + size[2]);
        outputsByScaling.clear();
        outputs.set(null);
        loadingModel.set(true);
        modelStatus.set("Importing " + path.getFileName() + " for the preview …");
        clearPreview("");
        context.tasks().submit(BackgroundTask.of("Importing " + path.getFileName() + " for the preview", p -> {
                    ImportCandidate c = importer.candidate(path, size, stop);
                    synchronized (lock) {
                        if (gen != fileGeneration) {
                            c.close(); // another file (or size) was chosen meanwhile
                            return null;
                        }
                        closeCandidateLocked();
                        candidate = c;
                        candidateKey = key;
                        return new Loaded(c.outputCount(), c.parameterCount(), c.layerCount(), c.separableSplit());
                    }
                })
                .onSuccess(l -> {
                    if (gen != fileGeneration || l == null) {
                        return;
                    }
                    loadingModel.set(false);
                    modelStatus.set(String.format(Locale.ROOT, "Imported for the preview: %d outputs, %,d parameters, "
                                    + "%d DL4J layers%s. Nothing is written until you press Import.", l.outputs(),
                            l.parameters(), l.layers(), l.split() > 0 ? ", " + l.split() + " separable convolutions "
                                    + "stored as depthwise + 1×1 (same outputs, faster)" : ""));
                    setCustomSize((int) Math.min(Emotion.COUNT, l.outputs()));
                    outputs.set(l.outputs());
                    previewChanged();
                })
                .onFailure(t -> {
                    if (gen == fileGeneration) {
                        loadingModel.set(false);
                        modelStatus.set("");
                        fileError.set(ErrorLog.describe(t));
                    }
                }));
    }

    private record Loaded(long outputs, long parameters, int layers, int split) {
    }

    /** Stops the child still working for a file or size no longer chosen; the next child gets its own stop. */
    private ChildJvm.Stop nextChild() {
        childStop.stop();
        childStop = new ChildJvm.Stop();
        return childStop;
    }

    /**
     * Frees the candidate in the background (a forward pass may hold the lock), and stops a child still importing or
     * reading the file for it: its process and descendants are killed and its temporary folder removed at once,
     * instead of running to the end for nothing.
     */
    private void dropCandidate() {
        childStop.stop();
        fileGeneration++;
        loadingModel.set(false);
        context.tasks().submit(BackgroundTask.of("Closing the import preview's model", p -> {
            synchronized (lock) {
                closeCandidateLocked();
            }
            return null;
        }));
    }

    private void closeCandidateLocked() {
        if (candidate != null) {
            candidate.close();
            candidate = null;
            candidateKey = null;
        }
    }

    /** One picker per output (a model with more than seven outputs cannot be a face model of these classes). */
    private void setCustomSize(int n) {
        if (customOrder.size() == n) {
            return;
        }
        customOrder.forEach(p -> p.removeListener(customChanged));
        List<ObjectProperty<Emotion>> pickers = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            ObjectProperty<Emotion> p = new SimpleObjectProperty<>(n == Emotion.COUNT ? ClassOrder.FER2013.outputs().get(k) : null);
            p.addListener(customChanged);
            pickers.add(p);
        }
        customOrder.setAll(pickers);
    }

    // ---- the class order and scaling chosen ----

    /** The class order chosen, or null while none is (or the custom one is incomplete). */
    public ClassOrder chosenOrder() {
        OrderChoice c = order.get();
        if (c == null) {
            return null;
        }
        return switch (c) {
            case FER2013 -> ClassOrder.FER2013;
            case KDEF -> ClassOrder.NAMED.get("kdef");
            case ALPHABETICAL -> ClassOrder.canonical();
            case CUSTOM -> {
                List<Emotion> list = customOrder.stream().map(ObjectProperty::get).toList();
                try {
                    yield list.isEmpty() || list.contains(null) ? null : new ClassOrder(list);
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
        };
    }

    private String orderProblem() {
        OrderChoice c = order.get();
        if (c == null) {
            return "Choose the class order: a Keras file does not say which emotion each output stands for, and a wrong "
                    + "guess silently mislabels classes (FER2013 models: angry, disgust, fear, happy, sad, surprise, "
                    + "neutral).";
        }
        if (c == OrderChoice.CUSTOM) {
            List<Emotion> list = customOrder.stream().map(ObjectProperty::get).toList();
            if (list.isEmpty()) {
                return "The custom order needs the model's outputs: wait for the preview's import.";
            }
            for (int k = 0; k < list.size(); k++) {
                if (list.get(k) == null) {
                    return "Choose an emotion for output " + k + " of the custom order.";
                }
            }
            for (Emotion e : Emotion.values()) {
                if (list.stream().filter(e::equals).count() > 1) {
                    return "The custom order names " + e.label() + " twice: each emotion at most once.";
                }
            }
        }
        ClassOrder o = chosenOrder();
        Long n = outputs.get();
        if (o != null && n != null && o.size() != n) {
            return "The model has " + n + " outputs, but the class order names " + o.size() + ": choose a custom "
                    + "order with one emotion per output.";
        }
        return null;
    }

    /**
     * The pixel scaling chosen.
     *
     * @throws IllegalArgumentException for mean/std that are not numbers
     */
    public PixelScaling chosenScaling() {
        ScalingChoice c = scaling.get() == null ? ScalingChoice.UNIT : scaling.get();
        return switch (c) {
            case UNIT -> PixelScaling.UNIT;
            case SYMMETRIC -> PixelScaling.SYMMETRIC;
            case MEAN_STD -> PixelScaling.ofMeanStd(mean.get() == null ? "" : mean.get(), std.get() == null ? "" : std.get());
        };
    }

    private String scalingProblem() {
        try {
            PixelScaling s = chosenScaling();
            KerasFileInfo i = info.get();
            int[] size = parsedInput();
            int channels = i != null && i.declaresInput() ? i.channels() : size != null ? size[2] : 1;
            return s.fits(channels) ? null : "The pixel scaling gives " + s.mean().length + " means for a model with "
                    + channels + " channel(s): give one, or one per channel.";
        } catch (IllegalArgumentException e) {
            return "Pixel scaling: " + e.getMessage();
        }
    }

    private String findProblems() {
        String f = file.get() == null ? "" : file.get().trim();
        if (f.isEmpty()) {
            return "Choose the Keras model file (.h5 or .hdf5, from Keras' model.save).";
        }
        if (!fileError.get().isEmpty()) {
            return fileError.get();
        }
        KerasFileInfo i = info.get();
        if (i == null) {
            return "Reading the file …";
        }
        if (!i.declaresInput() && parsedInput() == null) {
            return "The file does not declare its input size: give it as HxWxC (e.g. 64x64x1).";
        }
        String o = orderProblem();
        if (o != null) {
            return o;
        }
        String s = scalingProblem();
        if (s != null) {
            return s;
        }
        if (runName.get() == null || runName.get().isBlank()) {
            return "Give the run a name (it names the run folder).";
        }
        if (importing.get()) {
            return "Importing …";
        }
        return "";
    }

    // ---- the preview ----

    /** The order, scaling or model changed: show the preview again (remapping outputs already computed). */
    private void previewChanged() {
        long gen = ++previewGeneration;
        if (outputs.get() == null) {
            return;
        }
        ClassOrder o = chosenOrder();
        if (orderProblem() != null || o == null) {
            clearPreview(order.get() == null ? "Choose the class order to see what the model makes of some faces."
                    : orderProblem());
            return;
        }
        PixelScaling s;
        try {
            s = chosenScaling();
        } catch (IllegalArgumentException e) {
            clearPreview("Pixel scaling: " + e.getMessage());
            return;
        }
        if (scored == null) {
            loadFacesThen(() -> previewChanged());
            return;
        }
        float[][] known = outputsByScaling.get(s);
        if (known != null) {
            show(known, o);
            return;
        }
        List<Sample> faces = scored;
        previewRunning.set(true);
        context.tasks().submit(BackgroundTask.of("Previewing the imported model", p -> {
                    synchronized (lock) {
                        if (candidate == null || !candidate.isOpen()) {
                            return null; // replaced or imported meanwhile
                        }
                        return candidate.predict(faces, s);
                    }
                })
                .onSuccess(out -> {
                    if (out != null) {
                        outputsByScaling.put(s, out);
                    }
                    if (gen == previewGeneration && out != null) {
                        show(out, o);
                    }
                })
                .onFailure(t -> {
                    if (gen == previewGeneration) {
                        clearPreview("Preview failed: " + ErrorLog.describe(t));
                    }
                })
                .onFinally(() -> {
                    if (gen == previewGeneration) {
                        previewRunning.set(false);
                    }
                }));
    }

    /** The open dataset's held-out faces (or the sample data's), up to {@link #SCORED_PER_CLASS} per class. */
    private void loadFacesThen(Runnable then) {
        LoadedDataset open = context.datasetProperty().get();
        if (open != null) {
            String spec = context.datasetSpecProperty().get();
            setFaces(open, spec != null && !spec.isBlank() ? OpenDatasetViewModel.displayName(Path.of(spec))
                    : OpenDatasetViewModel.displayName(open.root()));
            then.run();
            return;
        }
        if (loadingFaces) {
            return;
        }
        loadingFaces = true;
        previewRunning.set(true);
        previewSummary.set("Loading the sample data for the preview …");
        context.tasks().submit(BackgroundTask.of("Loading the sample data for the import preview", p -> {
                    Path sample = SampleData.locate(context.workspace());
                    return DataSources.load(sample.toString(), context.loadOptions());
                })
                .onSuccess(ds -> {
                    setFaces(ds, "the sample data");
                    then.run();
                })
                .onFailure(t -> clearPreview("No faces for the preview: " + ErrorLog.describe(t)))
                .onFinally(() -> loadingFaces = false));
    }

    private void setFaces(LoadedDataset ds, String name) {
        List<Sample> pool = ds.test().isEmpty() ? ds.train() : ds.test();
        scored = pick(pool, SCORED_PER_CLASS);
        facesFrom = name + (ds.test().isEmpty() ? "" : " (test split)");
    }

    /** Up to {@code perClass} faces of each class, spread evenly over the class's faces, classes in canonical order. */
    static List<Sample> pick(List<Sample> pool, int perClass) {
        Map<Emotion, List<Sample>> byClass = new EnumMap<>(Emotion.class);
        for (Sample s : pool) {
            byClass.computeIfAbsent(s.label(), e -> new ArrayList<>()).add(s);
        }
        List<Sample> out = new ArrayList<>();
        for (List<Sample> of : byClass.values()) {
            int n = Math.min(perClass, of.size());
            for (int k = 0; k < n; k++) {
                out.add(of.get((int) ((long) k * of.size() / n)));
            }
        }
        return out;
    }

    /** The model's outputs laid over the class order: the shown faces, the agreement count, the commonest mix-up. */
    private void show(float[][] modelOutputs, ClassOrder o) {
        List<PreviewFace> all = new ArrayList<>();
        for (int k = 0; k < scored.size(); k++) {
            float[] p = o.toCanonical(modelOutputs[k]);
            int best = 0;
            for (int e = 1; e < p.length; e++) {
                if (p[e] > p[best]) {
                    best = e;
                }
            }
            all.add(new PreviewFace(scored.get(k), Emotion.values()[best], p[best]));
        }
        Map<Emotion, Integer> shownOf = new EnumMap<>(Emotion.class);
        List<PreviewFace> shown = new ArrayList<>();
        for (PreviewFace f : all) {
            if (shownOf.merge(f.folderLabel(), 1, Integer::sum) <= SHOWN_PER_CLASS) {
                shown.add(f);
            }
        }
        preview.setAll(shown);
        previewSummary.set(summary(all, facesFrom));
    }

    /** "23 of 140 faces agree with their folder labels (16 %) · most often sad taken for neutral (9) · faces of …". */
    static String summary(List<PreviewFace> faces, String from) {
        long agree = faces.stream().filter(PreviewFace::agrees).count();
        Map<String, Integer> mixups = new LinkedHashMap<>();
        for (PreviewFace f : faces) {
            if (!f.agrees()) {
                mixups.merge(f.folderLabel().label() + " taken for " + f.predicted().label(), 1, Integer::sum);
            }
        }
        String commonest = mixups.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> " · most often " + e.getKey() + " (" + e.getValue() + ")").orElse("");
        return String.format(Locale.ROOT, "%d of %d faces agree with their folder labels (%.0f %%)%s · faces from %s",
                agree, faces.size(), faces.isEmpty() ? 0.0 : 100.0 * agree / faces.size(), commonest, from);
    }

    private void clearPreview(String why) {
        previewGeneration++;
        preview.clear();
        previewRunning.set(false);
        previewSummary.set(why == null ? "" : why);
    }

    // ---- import ----

    /** Writes the run folder in the background; null (nothing started) while the form has a problem. */
    public BackgroundTask<Path> importRun() {
        if (!canImport.get()) {
            messageError.set(true);
            message.set(problems.get());
            return null;
        }
        ClassOrder classes = chosenOrder();
        PixelScaling pixels = chosenScaling();
        Path path = Path.of(file.get().trim()).toAbsolutePath().normalize();
        int[] size = info.get().declaresInput() ? null : parsedInput();
        String key = path + "|" + (size == null ? "declared" : size[0] + "x" + size[1] + "x" + size[2]);
        Path dir = context.workspace().newRunFolder(runName.get().trim());
        importing.set(true);
        messageError.set(false);
        message.set("Importing " + path.getFileName() + " into " + dir + " …");
        boolean[] usedPreview = {false};
        return context.tasks().submit(BackgroundTask.of("Importing " + path.getFileName(), p -> {
                    KerasImport.Imported imported;
                    synchronized (lock) {
                        if (candidate != null && candidate.isOpen() && key.equals(candidateKey)) {
                            imported = candidate.label(classes, pixels); // the previewed model: no second import
                            candidate = null;
                            candidateKey = null;
                            usedPreview[0] = true;
                        } else {
                            imported = null;
                        }
                    }
                    if (imported == null) {
                        imported = importer.read(path, new KerasImport.Options(classes, pixels, size));
                    }
                    try (var model = imported.model()) {
                        ModelImport.write(imported, dir, false);
                        return dir;
                    }
                })
                .onSuccess(d -> {
                    importedRun.set(d);
                    messageError.set(false);
                    message.set("Imported " + path.getFileName() + " as run " + d.getFileName() + " (" + d + ").");
                    try {
                        context.runs().refresh();
                        context.runs().find(d).ifPresent(context.selectedRunProperty()::set);
                    } catch (RuntimeException e) {
                        context.errors().report("Listing runs", e);
                    }
                    context.screenProperty().set(Screen.EVALUATION);
                })
                .onFailure(t -> {
                    messageError.set(true);
                    message.set("Not imported: " + ErrorLog.describe(t));
                    if (usedPreview[0]) {
                        loadCandidate(); // the previewed model went with the failed import
                    }
                })
                .onFinally(() -> importing.set(false)));
    }

    /** Frees the previewed model (the dialog closed). */
    @Override
    public void close() {
        previewGeneration++;
        dropCandidate();
    }

    // ---- properties ----

    /** The .h5 file's path, as typed or chosen. */
    public StringProperty fileProperty() {
        return file;
    }

    /** What the file says about itself; null until read (or when it cannot be). */
    public ReadOnlyObjectProperty<KerasFileInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** The declared facts in one line (Keras version, backend, input, layer count, size and SHA-256). */
    public ReadOnlyStringProperty declaredProperty() {
        return declared.getReadOnlyProperty();
    }

    /** The engine's one-line reason when the file cannot be read or imported; empty otherwise. */
    public ReadOnlyStringProperty fileErrorProperty() {
        return fileError.getReadOnlyProperty();
    }

    /** What the preview's import found (outputs, parameters), or that it is running. */
    public ReadOnlyStringProperty modelStatusProperty() {
        return modelStatus.getReadOnlyProperty();
    }

    /** The model's number of outputs, once imported for the preview. */
    public ReadOnlyObjectProperty<Long> outputsProperty() {
        return outputs.getReadOnlyProperty();
    }

    public ObjectProperty<OrderChoice> orderProperty() {
        return order;
    }

    /** The custom order's pickers: output k stands for {@code customOrder().get(k)}. */
    public ObservableList<ObjectProperty<Emotion>> customOrder() {
        return customOrder;
    }

    public ObjectProperty<ScalingChoice> scalingProperty() {
        return scaling;
    }

    /** Means for {@link ScalingChoice#MEAN_STD}, 0-255 scale, one or one per channel ("127.5"). */
    public StringProperty meanProperty() {
        return mean;
    }

    public StringProperty stdProperty() {
        return std;
    }

    /** HxWxC: the file's when it declares it, else the user's. */
    public StringProperty inputSizeProperty() {
        return inputSize;
    }

    /** Whether the input size may be typed (only when the file declares none). */
    public ReadOnlyBooleanProperty inputEditableProperty() {
        return inputEditable.getReadOnlyProperty();
    }

    public StringProperty runNameProperty() {
        return runName;
    }

    /** Where the run folder will go: the workspace's runs folder, the first free name. */
    public StringBinding runFolderProperty() {
        return runFolder;
    }

    /** The faces shown: a few per class, with the model's top class under the chosen order and scaling. */
    public ObservableList<PreviewFace> preview() {
        return preview;
    }

    /** "k of n faces agree with their folder labels …", or why there is no preview. */
    public ReadOnlyStringProperty previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewRunningProperty() {
        return previewRunning.getReadOnlyProperty();
    }

    /** Why Import cannot run now; empty when it can. */
    public StringBinding problemsProperty() {
        return problems;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** What the last import did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageErrorProperty() {
        return messageError.getReadOnlyProperty();
    }

    /** The run folder written by the last import; null until one is. */
    public ReadOnlyObjectProperty<Path> importedRunProperty() {
        return importedRun.getReadOnlyProperty();
    }
}
