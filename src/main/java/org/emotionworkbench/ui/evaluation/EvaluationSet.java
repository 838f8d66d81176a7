package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.run.CrossDatasetEvaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A set a run was evaluated on: its own held-out set (the reports in the run folder), or another dataset
 * evaluated later into {@code evaluations/<name>} (a cross-dataset test).
 */
public record EvaluationSet(String name, Path dir, boolean own) {
    public EvaluationSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
    }

    /** The run's own evaluation first, then its cross-dataset evaluations by name. */
    public static List<EvaluationSet> of(Path runDir) throws IOException {
        List<EvaluationSet> out = new ArrayList<>();
        out.add(new EvaluationSet("own test set", runDir, true));
        for (Path d : CrossDatasetEvaluation.list(runDir)) {
            out.add(new EvaluationSet(d.getFileName().toString(), d, false));
        }
        return out;
    }

    @Override
    public String toString() {
        return own ? name : "other dataset: " + name;
    }
}
