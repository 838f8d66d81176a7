package org.emotionworkbench.ui.workspace;

import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFileCheck;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunLabel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * One run folder of the workspace as the lists show it: {@code name} is the folder's name, {@code label} what the
 * lists show (the user's label or one made of data, model and seed; made distinct by {@link RunsRepository}).
 * {@code config} is null when the run's config.json could not be read; {@code problem} says what in the folder could
 * not be read (config.json, a model.zip of zero bytes, a report cut short ...), null when nothing: a damaged run is
 * still listed, so that the user sees it and why.
 */
public record RunEntry(Path dir, String name, String label, RunConfig config, boolean evaluated, boolean hasModel,
                       FileTime modified, String problem) {

    public static RunEntry read(Path dir) {
        String name = dir.getFileName().toString();
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(dir);
        } catch (java.io.IOException e) {
            modified = FileTime.fromMillis(0);
        }
        RunConfig config = null;
        java.util.List<String> problems = new java.util.ArrayList<>();
        Path cfg = dir.resolve(RunFolder.CONFIG);
        if (Files.isRegularFile(cfg)) {
            try {
                long size = Files.size(cfg);
                if (size > RunFileCheck.MAX_READ_BYTES) {
                    throw new java.io.IOException("it is " + size + " bytes, far more than a run's configuration");
                }
                config = RunConfig.read(cfg);
            } catch (java.io.IOException | RuntimeException e) {
                problems.add("config.json cannot be read: " + oneLine(e.getMessage()));
            }
        } else {
            problems.add("no config.json");
        }
        problems.addAll(RunFileCheck.problems(dir));
        boolean reportReadable = problems.stream().noneMatch(p -> p.startsWith(RunFolder.REPORT_JSON));
        boolean evaluated = reportReadable && Files.isRegularFile(dir.resolve(RunFolder.REPORT_JSON));
        if (!evaluated && config != null && config.wasImported()) {
            evaluated = hasCrossDatasetEvaluation(dir); // an imported model has no test set of its own
        }
        String problem = problems.isEmpty() ? null : String.join("; ", problems);
        return new RunEntry(dir, name, RunLabel.read(dir).shown(config, name), config, evaluated,
                RunFileCheck.modelLooksUsable(dir), modified, problem);
    }

    /** A run whose folder lists could not be read at all (a folder that cannot be opened, say). */
    public static RunEntry unreadable(Path dir, String problem) {
        return new RunEntry(dir, dir.getFileName().toString(), dir.getFileName().toString(), null, false, false,
                FileTime.fromMillis(0), problem);
    }

    /** Whether something in the folder could not be read ({@link #problem()} says what). */
    public boolean damaged() {
        return problem != null;
    }

    private static String oneLine(String m) {
        if (m == null) {
            return "unknown error";
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    private static boolean hasCrossDatasetEvaluation(Path dir) {
        try {
            return !org.emotionworkbench.run.CrossDatasetEvaluation.list(dir).isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Whether the run was stopped part-way and can go on ({@code train --resume}): it has a resume point. */
    public boolean resumable() {
        return config != null && !config.wasImported() && new RunFolder(dir).resumableAsItIs();
    }

    /** The same run shown as {@code shownLabel}. */
    public RunEntry labelled(String shownLabel) {
        return new RunEntry(dir, name, shownLabel, config, evaluated, hasModel, modified, problem);
    }

    /** The run's label file as stored (the user's label, null when unnamed, and the notes). */
    public RunLabel storedLabel() {
        return RunLabel.read(dir);
    }

    public RunFolder folder() {
        return new RunFolder(dir);
    }

    @Override
    public String toString() {
        return label;
    }
}
