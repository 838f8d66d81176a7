package org.emotionworkbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.emotionworkbench.evaluation.ClassificationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The headline figures of one evaluation, for listings that compare runs: a run folder (evaluated on its own test
 * set) or one of its {@code evaluations/<name>/} folders (a cross-dataset test), with the run's config, the
 * report's accuracy and macro precision/recall/F1 (null when there is no report.json), the epochs trained, and
 * when the run was made, and the run's {@link RunLabel}. Reading never throws for a damaged run: {@code problem} says what could not be read.
 * No file is read whole when it is over {@link RunFileCheck#MAX_READ_BYTES} (a run folder may come from anyone); the
 * label file has its own, smaller limit ({@link RunLabel#MAX_FILE_BYTES}).
 */
public record RunHeadline(Path dir, Path runDir, String runName, RunLabel label, String evaluation, RunConfig config,
                          Double accuracy, Double macroPrecision, Double macroRecall, Double macroF1,
                          Integer epochsTrained, String stopReason, Instant created, boolean hasPredictions,
                          String problem) {
    /** The {@code evaluation} of a run folder itself: the test set it was trained with. */
    public static final String OWN_TEST = "own-test";
    public static final String EVALUATIONS = "evaluations";

    /** A run folder, evaluated on its own test set. */
    public static RunHeadline ofRun(Path runDir) {
        return read(runDir, runDir, OWN_TEST);
    }

    /** One of a run's {@code evaluations/<name>} folders. */
    public static RunHeadline ofEvaluation(Path runDir, String name) {
        return read(runDir.resolve(EVALUATIONS).resolve(name), runDir, name);
    }

    /** The run and each of its evaluation folders that hold a report or predictions, own test first. */
    public static List<RunHeadline> withEvaluations(Path runDir) {
        List<RunHeadline> out = new ArrayList<>();
        out.add(ofRun(runDir));
        for (String name : evaluationNames(runDir)) {
            out.add(ofEvaluation(runDir, name));
        }
        return out;
    }

    /** Names of a run's evaluation folders (those with a report.json or predictions.csv), sorted. */
    public static List<String> evaluationNames(Path runDir) {
        Path evals = runDir.resolve(EVALUATIONS);
        if (!Files.isDirectory(evals)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(evals)) {
            return s.filter(Files::isDirectory)
                    .filter(d -> Files.isRegularFile(d.resolve(RunFolder.REPORT_JSON))
                            || Files.isRegularFile(d.resolve(RunFolder.PREDICTIONS)))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The run folders (holding a config.json) at or below {@code root}, at most {@code maxDepth} levels down, not
     * looking inside a run folder; a study folder's {@code runs/*} are found with depth 2. Sorted by path.
     */
    public static List<Path> findRuns(Path root, int maxDepth) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no folder at " + root);
        }
        List<Path> found = new ArrayList<>();
        collect(root, maxDepth, found);
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static void collect(Path dir, int depth, List<Path> found) throws IOException {
        if (Files.isRegularFile(dir.resolve(RunFolder.CONFIG))) {
            found.add(dir);
            return;
        }
        if (depth <= 0) {
            return;
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.filter(Files::isDirectory).toList();
        }
        for (Path c : children) {
            collect(c, depth - 1, found);
        }
    }

    /** A label for the row: the run's label, with the evaluation set when it is not the run's own test. */
    public String name() {
        String shown = label.shown(config, runName);
        return OWN_TEST.equals(evaluation) ? shown : shown + " → " + evaluation;
    }

    public boolean isOwnTest() {
        return OWN_TEST.equals(evaluation);
    }

    public boolean evaluated() {
        return accuracy != null;
    }

    private static RunHeadline read(Path dir, Path runDir, String evaluation) {
        List<String> problems = new ArrayList<>();
        RunConfig config = null;
        Path cfg = runDir.resolve(RunFolder.CONFIG);
        if (Files.isRegularFile(cfg)) {
            try {
                RunFileCheck.requireReadableSize(cfg);
                config = RunConfig.read(cfg);
            } catch (IOException | RuntimeException e) {
                problems.add("unreadable config.json: " + e.getMessage());
            }
        } else {
            problems.add("no config.json");
        }
        Double acc = null, mp = null, mr = null, mf = null;
        Path report = dir.resolve(RunFolder.REPORT_JSON);
        if (Files.isRegularFile(report)) {
            try {
                RunFileCheck.requireReadableSize(report);
                ClassificationReport r = ClassificationReport.fromJson(Files.readString(report));
                acc = r.accuracy();
                mp = r.macroPrecision();
                mr = r.macroRecall();
                mf = r.macroF1();
            } catch (IOException | RuntimeException e) {
                problems.add("unreadable report.json: " + e.getMessage());
            }
        } else {
            problems.add("not evaluated (no report.json)");
        }
        Integer epochs = null;
        String stop = null;
        Path outcome = runDir.resolve(RunFolder.OUTCOME);
        if (Files.isRegularFile(outcome)) {
            try {
                RunFileCheck.requireReadableSize(outcome);
                JsonNode n = RunConfig.JSON.readTree(outcome.toFile());
                epochs = n.hasNonNull("epochs") ? n.get("epochs").asInt() : null;
                stop = n.hasNonNull("stopReason") ? n.get("stopReason").asText() : null;
            } catch (IOException | RuntimeException e) {
                problems.add("unreadable outcome.json: " + e.getMessage());
            }
        }
        Instant created = null;
        if (config != null && config.software() != null && config.software().createdAt() != null) {
            try {
                created = Instant.parse(config.software().createdAt());
            } catch (RuntimeException e) {
                created = null;
            }
        }
        if (created == null) {
            try {
                created = Files.getLastModifiedTime(Files.isRegularFile(cfg) ? cfg : runDir).toInstant();
            } catch (IOException e) {
                created = Instant.EPOCH;
            }
        }
        Path fileName = runDir.toAbsolutePath().normalize().getFileName();
        return new RunHeadline(dir, runDir, fileName == null ? runDir.toString() : fileName.toString(),
                RunLabel.read(runDir), evaluation,
                config, acc, mp, mr, mf, epochs, stop, created, Files.isRegularFile(dir.resolve(RunFolder.PREDICTIONS)),
                problems.isEmpty() ? null : String.join("; ", problems));
    }
}
