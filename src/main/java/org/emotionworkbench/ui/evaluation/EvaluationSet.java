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

    /** The run's own evaluation first, then its cross-dataset evaluations by name. */
    public static List<EvaluationSet> of(Path runDir) throws IOException {
        List<EvaluationSet> out = new ArrayList<>();
        out.add(new EvaluationSet(ownName(runDir), runDir, true));
        for (Path d : CrossDatasetEvaluation.list(runDir)) {
            out.add(new EvaluationSet(d.getFileName().toString(), d, false));
        }
        return out;
    }

    /**
     * What the run's own evaluation was on, from its config: "test split of fer2013", "taiwanese-expressions (chosen
     * as the test set)" for a run tested on another dataset, or "validation part of sd-faces" for data without a
     * test split; "own test set" when the config cannot be read.
     */
    static String ownName(Path runDir) {
        RunConfig c;
        try {
            c = RunConfig.read(runDir.resolve(RunFolder.CONFIG));
        } catch (IOException | RuntimeException e) {
            return "own test set";
        }
        String on = c.evaluatedOn();
        String train = c.data() == null || c.data().trainRoot() == null ? null : c.data().trainRoot();
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
