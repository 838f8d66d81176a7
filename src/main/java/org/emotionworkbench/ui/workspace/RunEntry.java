package org.emotionworkbench.ui.workspace;

import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunLabel;
import org.emotionworkbench.training.ResumePoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * One run folder of the workspace as the lists show it: {@code name} is the folder's name, {@code label} what the
 * lists show (the user's label or one made of data, model and seed; made distinct by {@link RunsRepository}).
 * {@code config} is null when the run's config.json could not be read (the folder is still listed, with
 * {@code problem} saying why).
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
        String problem = null;
        Path cfg = dir.resolve(RunFolder.CONFIG);
        if (Files.isRegularFile(cfg)) {
            try {
                config = RunConfig.read(cfg);
            } catch (java.io.IOException | RuntimeException e) {
                problem = "unreadable config.json: " + e.getMessage();
            }
        } else {
            problem = "no config.json";
        }
        boolean evaluated = Files.isRegularFile(dir.resolve(RunFolder.REPORT_JSON));
        if (!evaluated && config != null && config.wasImported()) {
            evaluated = hasCrossDatasetEvaluation(dir); // an imported model has no test set of its own
        }
        return new RunEntry(dir, name, RunLabel.read(dir).shown(config, name), config, evaluated,
                Files.isRegularFile(dir.resolve(RunFolder.MODEL)), modified, problem);
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
        return config != null && !config.wasImported()
                && Files.isRegularFile(dir.resolve(RunFolder.RESUME).resolve(ResumePoint.STATE));
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
