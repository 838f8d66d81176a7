package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetCounts;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.run.PreparationPreview;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.ui.DataPreparation;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;

import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the preparation gives per class, computed by the engine ({@link PreparationPreview}: the same stratified
 * split, class weights and duplicate exclusion as a run, with the default seed) in the background whenever the
 * dataset or the preparation changes; a result that arrives after a newer request is dropped.
 */
public final class PreparationPreviewModel {
    /** The seed the preview splits with (the CLI's and the Training screen's default). */
    public static final long SEED = 42;

    private final TaskRunner tasks;
    private final Function<String, SourceOptions> optionsFor;
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final AtomicLong generation = new AtomicLong();

    /** @param optionsFor how to read another dataset to test on (its remembered label map, say) */
    public PreparationPreviewModel(TaskRunner tasks, Function<String, SourceOptions> optionsFor) {
        this.tasks = tasks;
        this.optionsFor = optionsFor;
    }

    /** Recomputes for a dataset (null: clears) opened as {@code spec} and prepared as {@code prep}. */
    public BackgroundTask<?> update(LoadedDataset ds, String spec, DataPreparation prep) {
        long gen = generation.incrementAndGet();
        if (ds == null || spec == null || prep == null) {
            rows.clear();
            note.set("Open a dataset to see how it is split for training.");
            return null;
        }
        note.set("Computing …");
        return tasks.submit(BackgroundTask.of("Previewing the training split", p -> compute(ds, spec, prep, optionsFor))
                .onSuccess(r -> {
                    if (generation.get() == gen) {
                        show(r, prep);
                    }
                })
                .onFailure(t -> {
                    if (generation.get() == gen) {
                        rows.clear();
                        note.set("Cannot preview the split: " + ErrorLog.describe(t));
                    }
                }));
    }

    private static Result compute(LoadedDataset ds, String spec, DataPreparation prep,
                                  Function<String, SourceOptions> optionsFor) {
        PreparationPreview p = PreparationPreview.of(ds, prep.toDataOptions(spec), null, SEED);
        int[] eval = p.evaluation();
        if (eval == null && prep.testSpec() != null) {
            DatasetCounts c = DatasetCounts.of(prep.testSpec(), optionsFor.apply(prep.testSpec()));
            var m = c.total(DataSplit.TEST) > 0 ? c.counts(DataSplit.TEST) : c.counts();
            eval = new int[Emotion.COUNT];
            for (Emotion e : Emotion.values()) {
                eval[e.ordinal()] = m.get(e);
            }
        }
        return new Result(p, eval);
    }

    private record Result(PreparationPreview preview, int[] evaluation) {
    }

    private void show(Result r, DataPreparation prep) {
        PreparationPreview p = r.preview();
        List<PreviewRow> out = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
            int i = e.ordinal();
            out.add(new PreviewRow(e.label(), p.train()[i], p.validation()[i],
                    r.evaluation() == null ? null : r.evaluation()[i],
                    p.classWeights() == null ? null : p.classWeights()[i]));
        }
        out.add(new PreviewRow("total", PreparationPreview.sum(p.train()), PreparationPreview.sum(p.validation()),
                r.evaluation() == null ? null : PreparationPreview.sum(r.evaluation()), null));
        rows.setAll(out);
        note.set(noteFor(p, prep));
    }

    static String noteFor(PreparationPreview p, DataPreparation prep) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Stratified split: %.0f %% of each class for validation (seed %d).",
                prep.validationFraction() * 100, SEED));
        String eval = p.evaluationName();
        if (eval.equals("validation")) {
            lines.add("Evaluated on the validation part (no test split).");
        } else {
            lines.add("Evaluated on " + eval.substring("test:".length()) + (prep.testSpec() != null
                    ? " (its test split, or all of it)." : " (its test split)."));
        }
        if (prep.balancing() == Balancing.CLASS_WEIGHTS) {
            lines.add("Class weights = n / (classes × count): rare classes count more in the loss.");
        } else if (prep.balancing() == Balancing.AUGMENT_MINORITY) {
            int added = PreparationPreview.sum(p.train()) - PreparationPreview.sum(p.trainBeforeBalancing());
            lines.add(String.format(Locale.ROOT, "Augment minority: %,d augmented copies raise every class to the largest.", added));
        }
        if (prep.excludeTestDuplicates()) {
            lines.add(prep.testSpec() != null
                    ? "Duplicates of the other test set are left out when training starts (not counted here)."
                    : String.format(Locale.ROOT, "%,d training image(s) equal to a test image left out.", p.excludedTestDuplicates()));
        }
        return String.join("\n", lines);
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
