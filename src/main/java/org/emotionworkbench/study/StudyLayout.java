package org.emotionworkbench.study;

import com.fasterxml.jackson.databind.JsonNode;
import org.emotionworkbench.run.RunFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a study keeps its files: {@code study.json}, {@code runs/<source>-s<seed>/} (with a sweep
 * {@code runs/<source>-<combination>-s<seed>/}, e.g. {@code real-e40-b64-s1}), summaries.
 */
public record StudyLayout(Path dir) {
    public static final String SPEC = "study.json";
    public static final String OWN_TEST = "own-test";

    public Path spec() {
        return dir.resolve(SPEC);
    }

    public Path run(String source, long seed) {
        return run(source, Sweep.Combination.NONE, seed);
    }

    /** A run folder: {@code <source>-s<seed>}, or within a sweep {@code <source>-<combination label>-s<seed>}. */
    public Path run(String source, Sweep.Combination combination, long seed) {
        String label = combination.label();
        return dir.resolve("runs").resolve(source + (label.isEmpty() ? "" : "-" + label) + "-s" + seed);
    }

    /** The folder holding a run's predictions on an evaluation set ({@value #OWN_TEST}: the run folder itself). */
    public Path evaluation(String source, long seed, String evaluation) {
        return evaluation(source, Sweep.Combination.NONE, seed, evaluation);
    }

    /** As {@link #evaluation(String, long, String)}, for one point of a sweep. */
    public Path evaluation(String source, Sweep.Combination combination, long seed, String evaluation) {
        Path run = run(source, combination, seed);
        return OWN_TEST.equals(evaluation) ? run : run.resolve("evaluations").resolve(evaluation);
    }

    /**
     * Whether an evaluation folder ({@link #evaluation}) holds a finished evaluation: its predictions.csv, which is
     * written last.
     */
    public static boolean evaluated(Path evaluationDir) {
        return Files.isRegularFile(evaluationDir.resolve(RunFolder.PREDICTIONS));
    }

    /** A run counts as finished when it completed or stopped early and was evaluated; cancelled runs are redone. */
    public static boolean finished(Path runDir) {
        Path outcome = runDir.resolve(RunFolder.OUTCOME);
        if (!Files.isRegularFile(outcome) || !Files.isRegularFile(runDir.resolve(RunFolder.REPORT_JSON))) {
            return false;
        }
        try {
            JsonNode node = StudySpec.JSON.readTree(outcome.toFile());
            String reason = node.path("stopReason").asText();
            return reason.equals("completed") || reason.equals("early_stopped");
        } catch (IOException e) {
            return false;
        }
    }
}
