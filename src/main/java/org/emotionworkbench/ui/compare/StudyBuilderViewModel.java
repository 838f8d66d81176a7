package org.emotionworkbench.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetCounts;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.study.StudyEstimate;
import org.emotionworkbench.study.StudySpec;
import org.emotionworkbench.study.Sweep;
import org.emotionworkbench.training.EarlyStopping;
import org.emotionworkbench.training.Monitor;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Study tab's builder: a study without writing JSON. Sources (any dataset the workbench reads: folders with a
 * remembered label map, matched or mixed manifests; each may instead fine-tune a run or model file, with a freeze and a
 * head, as {@code train --from} does), seeds, model, training settings, evaluation sets (optionally on
 * shared classes), robustness and an optional sweep of epochs, batch sizes and learning rates become the engine's {@link StudySpec}; the preview says how many runs and roughly
 * how long; Save writes the ordinary spec JSON into {@code <workspace>/studies/}, which the Study pane then runs.
 */
public final class StudyBuilderViewModel {
    public static final String STUDIES_FOLDER = "studies";

    private final WorkbenchContext context;
    private final StringProperty name = new SimpleStringProperty("my-study");
    private final StringProperty model = new SimpleStringProperty("pisa");
    private final StringProperty epochs = new SimpleStringProperty("30");
    private final StringProperty batch = new SimpleStringProperty("64");
    private final StringProperty learningRate = new SimpleStringProperty("0.001");
    private final StringProperty patience = new SimpleStringProperty("10");
    private final StringProperty seeds = new SimpleStringProperty("1, 2, 3");
    private final StringProperty sweepEpochs = new SimpleStringProperty("");
    private final StringProperty sweepBatch = new SimpleStringProperty("");
    private final StringProperty sweepLearningRate = new SimpleStringProperty("");
    private final BooleanProperty robustness = new SimpleBooleanProperty(false);
    private final ObservableList<StudySourceRow> sources = FXCollections.observableArrayList();
    private final ObservableList<StudyEvaluationRow> evaluations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");

    public StudyBuilderViewModel(WorkbenchContext context) {
        this.context = context;
    }

    /** Adds a source row for the dataset open on the Datasets screen (or an empty one). */
    public StudySourceRow addSource() {
        String spec = context.datasetSpecProperty().get();
        StudySourceRow r = new StudySourceRow("source-" + (sources.size() + 1), spec == null ? "" : spec);
        sources.add(r);
        return r;
    }

    public StudyEvaluationRow addEvaluation() {
        StudyEvaluationRow r = new StudyEvaluationRow("test-" + (evaluations.size() + 1), "");
        evaluations.add(r);
        return r;
    }

    /** The spec the form describes; empty with {@link #problemProperty()} saying what is wrong. */
    public Optional<StudySpec> build() {
        List<String> problems = new ArrayList<>();
        Integer e = whole("Epochs", epochs.get(), problems);
        Integer b = whole("Batch size", batch.get(), problems);
        Integer p = whole("Patience", patience.get(), problems);
        Double lr = null;
        try {
            lr = Double.parseDouble(learningRate.get().strip());
        } catch (NumberFormatException | NullPointerException ex) {
            problems.add("Learning rate: enter a number, e.g. 0.001.");
        }
        List<Long> seedList = new ArrayList<>();
        for (String s : (seeds.get() == null ? "" : seeds.get()).split("[,\\s]+")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                seedList.add(Long.parseLong(s));
            } catch (NumberFormatException ex) {
                problems.add("Seeds: '" + s + "' is not a whole number; list them like 1, 2, 3.");
            }
        }
        List<Integer> sweptEpochs = list("Epochs to sweep", sweepEpochs.get(), Integer::valueOf, "40, 50, 60", problems);
        List<Integer> sweptBatch = list("Batch sizes to sweep", sweepBatch.get(), Integer::valueOf, "32, 64", problems);
        List<Double> sweptLr = list("Learning rates to sweep", sweepLearningRate.get(), Double::valueOf, "0.001, 0.0005",
                problems);
        if (Presets.find(model.get() == null ? "" : model.get()).isEmpty()) {
            problems.add("Model: choose one of " + String.join(", ", Presets.names()) + ".");
        }
        if (!problems.isEmpty()) {
            return fail(String.join("\n", problems));
        }
        try {
            TrainingOptions t = TrainingOptions.of(e, b, lr, 0);
            if (p > 0) {
                t = t.withEarlyStopping(new EarlyStopping(Monitor.VAL_LOSS, p, 0, true));
            }
            List<StudySpec.Source> src = new ArrayList<>();
            for (StudySourceRow r : sources) {
                src.add(new StudySpec.Source(r.nameProperty().get(), readable(r.dataProperty().get()),
                        r.consolidateProperty().get(), null, r.augmentProperty().get() ? AugmentationOptions.pisa() : null,
                        r.balancingProperty().get(), null, absolute(r.fromProperty().get()), r.freezeProperty().get(),
                        r.headProperty().get(), null, null, null));
            }
            List<StudySpec.EvaluationSet> ev = new ArrayList<>();
            for (StudyEvaluationRow r : evaluations) {
                ev.add(new StudySpec.EvaluationSet(r.nameProperty().get(), readable(r.dataProperty().get()),
                        r.sharedClassesProperty().get() ? EvaluationClasses.SHARED : null));
            }
            Sweep sweep = sweptEpochs == null && sweptBatch == null && sweptLr == null ? null
                    : new Sweep(sweptEpochs, sweptBatch, sweptLr);
            StudySpec spec = new StudySpec(name.get() == null ? "" : name.get().strip(), Presets.get(model.get()), t,
                    seedList, src, ev, robustness.get() ? StudySpec.Robustness.defaults()
                    : new StudySpec.Robustness(List.of(), 0), sweep);
            problem.set("");
            return Optional.of(spec);
        } catch (IllegalArgumentException ex) {
            return fail(ex.getMessage());
        }
    }

    private static String absolute(String path) {
        return path == null || path.isBlank() ? null : Path.of(path.strip()).toAbsolutePath().normalize().toString();
    }

    private String readable(String data) {
        return data == null || data.isBlank() ? data : context.readableSpec(Path.of(data.strip()).toAbsolutePath().normalize().toString());
    }

    /**
     * Counts the sources' and evaluation sets' images (nothing decoded) and says how many runs and how long; a source
     * that fine-tunes is priced by the network its parent becomes (opened and built, not trained).
     */
    public BackgroundTask<StudyEstimate> preview() {
        Optional<StudySpec> spec = build();
        if (spec.isEmpty()) {
            preview.set("");
            return null;
        }
        StudySpec s = spec.get();
        preview.set("Counting images …");
        return context.tasks().submit(BackgroundTask.of("Sizing the study", p -> estimate(s))
                .onSuccess(est -> preview.set(est.describe() + "."))
                .onFailure(t -> preview.set("Cannot size the study: " + ErrorLog.describe(t))));
    }

    static StudyEstimate estimate(StudySpec s) {
        List<Integer> train = new ArrayList<>();
        for (StudySpec.Source src : s.sources()) {
            DatasetCounts c = DatasetCounts.of(src.data(), SourceOptions.defaults());
            int n = total(src.consolidate() ? c.counts() : c.counts(DataSplit.TRAIN));
            double validation = src.validationFraction() == null ? 0.2 : src.validationFraction();
            train.add((int) Math.round(n * (1 - validation)));
        }
        int eval = 0;
        for (StudySpec.EvaluationSet e : s.evaluations()) {
            DatasetCounts c = DatasetCounts.of(e.data(), SourceOptions.defaults());
            int test = total(c.counts(DataSplit.TEST));
            eval += test > 0 ? test : total(c.counts());
        }
        return StudyEstimate.of(s, StudyEstimate.costs(s), train, eval);
    }

    private static int total(java.util.Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Writes the spec as {@code <workspace>/studies/<name>.json}; null (with a problem) when the form is not valid. */
    public Path save() {
        Optional<StudySpec> spec = build();
        if (spec.isEmpty()) {
            return null;
        }
        Path file = specFile(spec.get().name());
        try {
            AtomicFiles.writeString(file, spec.get().toJson());
            return file;
        } catch (IOException e) {
            fail("Could not save " + file + ": " + e.getMessage());
            return null;
        }
    }

    /** Where a study of this name is saved ({@code .json}) and run (the folder beside it). */
    public Path specFile(String studyName) {
        return context.workspace().root().resolve(STUDIES_FOLDER).resolve(studyName + ".json");
    }

    public Path outDir(String studyName) {
        return context.workspace().root().resolve(STUDIES_FOLDER).resolve(studyName);
    }

    /** A comma- or space-separated list of values; null when blank (that setting is not swept). */
    private static <T> List<T> list(String what, String text, java.util.function.Function<String, T> parse,
                                    String example, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (String v : text.strip().split("[,\\s]+")) {
            try {
                out.add(parse.apply(v));
            } catch (NumberFormatException e) {
                problems.add(what + ": '" + v + "' is not " + (example.contains(".") ? "a number" : "a whole number")
                        + "; list them like " + example + ".");
                return null;
            }
        }
        return out;
    }

    private static Integer whole(String what, String text, List<String> problems) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.add(String.format(Locale.ROOT, "%s: enter a whole number.", what));
            return null;
        }
    }

    private Optional<StudySpec> fail(String why) {
        problem.set(why);
        return Optional.empty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty batchProperty() {
        return batch;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    /** Early-stopping patience on val_loss, in epochs; 0 turns early stopping off. */
    public StringProperty patienceProperty() {
        return patience;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    /** Epochs to sweep, e.g. "40, 50, 60"; blank: the study trains with {@link #epochsProperty()} only. */
    public StringProperty sweepEpochsProperty() {
        return sweepEpochs;
    }

    /** Batch sizes to sweep, e.g. "32, 64"; blank: not swept. */
    public StringProperty sweepBatchProperty() {
        return sweepBatch;
    }

    /** Learning rates to sweep, e.g. "0.001, 0.0005"; blank: not swept. */
    public StringProperty sweepLearningRateProperty() {
        return sweepLearningRate;
    }

    /** FGSM robustness (ε 0, 1, 2, 4, 8 on 500 images of each evaluation set). */
    public BooleanProperty robustnessProperty() {
        return robustness;
    }

    public ObservableList<StudySourceRow> sources() {
        return sources;
    }

    public ObservableList<StudyEvaluationRow> evaluations() {
        return evaluations;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
