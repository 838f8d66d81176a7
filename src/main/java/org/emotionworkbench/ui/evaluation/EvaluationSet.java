package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.run.CrossDatasetEvaluation;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.ui.datasets.OpenDatasetViewModel;

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

    /** The "own" set of an imported run, which comes with no test set of its own. */
    public static final String NOT_EVALUATED = "none yet (imported model)";

    /** The run's own evaluation first, then its cross-dataset evaluations by name. */
    public static List<EvaluationSet> of(Path runDir) throws IOException {
        List<EvaluationSet> out = new ArrayList<>();
        String own = ownName(runDir);
        for (Path d : CrossDatasetEvaluation.list(runDir)) {
            out.add(new EvaluationSet(d.getFileName().toString(), d, false));
        }
        // an imported model has no test set of its own: once evaluated on a dataset, that evaluation comes first
        if (!own.equals(NOT_EVALUATED) || out.isEmpty()) {
            out.add(0, new EvaluationSet(own, runDir, true));
        }
        return out;
    }

    /**
     * What the run's own evaluation was on, from its config: "test split of fer2013", "taiwanese-expressions (chosen
     * as the test set)" for a run tested on another dataset, or "validation part of sd-faces" for data without a
     * test split; {@value #NOT_EVALUATED} for an imported model (trained elsewhere: it has no test set of its own);
     * "own test set" when the config cannot be read.
     */
    static String ownName(Path runDir) {
        RunConfig c;
        try {
            c = RunConfig.read(runDir.resolve(RunFolder.CONFIG));
        } catch (IOException | RuntimeException e) {
            return "own test set";
        }
        String on = c.evaluatedOn();
        String train = c.trainRoot();
        if (c.wasImported() && (on == null || on.isBlank())) {
            return NOT_EVALUATED;
        }
        if (on == null || on.isBlank()) {
            return "own test set";
        }
        if (on.equals("validation")) {
            return train == null ? "validation part" : "validation part of " + name(train);
        }
        if (on.startsWith("test:")) {
            String test = on.substring("test:".length());
            return test.equals(train) ? "test split of " + name(test) : name(test) + " (chosen as the test set)";
        }
        return on;
    }

    private static String name(String spec) {
        return OpenDatasetViewModel.displayName(Path.of(spec));
    }

    @Override
    public String toString() {
        return own ? name : "other dataset: " + name;
    }
}
