package org.emotionworkbench.run;

import org.emotionworkbench.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The files of one run, under one folder. */
public record RunFolder(Path dir) {
    public static final String CONFIG = "config.json";
    public static final String HISTORY = "history.csv";
    public static final String MODEL = "model.zip";
    public static final String OUTCOME = "outcome.json";
    public static final String REPORT_JSON = "report.json";
    public static final String REPORT_TXT = "report.txt";
    public static final String CONFUSION = "confusion.csv";
    public static final String PREDICTIONS = "predictions.csv";
    /** Folder of the resume point saved after every epoch while the run is unfinished. */
    public static final String RESUME = "resume";
    /** The run's display label and notes, edited by the user ({@link RunLabel}). */
    public static final String LABEL = "label.json";

    public Path file(String name) {
        return dir.resolve(name);
    }

    /**
     * A folder for a new run: created if missing; an existing non-empty folder is refused unless overwriting is
     * allowed, so a finished run is never clobbered by accident.
     */
    public static RunFolder createNew(Path dir, boolean overwrite) throws IOException {
        checkNew(dir, overwrite);
        Files.createDirectories(dir);
        return new RunFolder(dir);
    }

    /** What {@link #createNew} refuses, checked without creating anything (before a slow step that would write there). */
    public static void checkNew(Path dir, boolean overwrite) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("run folder " + dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !overwrite) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("run folder " + dir + " is not empty; choose a new --out "
                            + "folder or pass --overwrite");
                }
            }
        }
    }

    /**
     * Whether the run can go on with its own settings ({@code train --resume}, the Training screen's Resume): it has a
     * resume point and did not stop early (that one goes on only with a longer patience).
     */
    public boolean resumableAsItIs() {
        return Files.isRegularFile(file(RESUME).resolve(org.emotionworkbench.training.ResumePoint.STATE))
                && stopReason() != org.emotionworkbench.training.StopReason.EARLY_STOPPED;
    }

    /** How outcome.json says the run stopped; null when it has none or it cannot be read. */
    public org.emotionworkbench.training.StopReason stopReason() {
        Path outcome = file(OUTCOME);
        if (!Files.isRegularFile(outcome)) {
            return null;
        }
        try {
            return OutcomeJson.stopReason(outcome);
        } catch (IOException e) {
            return null;
        }
    }

    /** An existing run with a saved model and config. */
    public static RunFolder existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no run folder at " + dir);
        }
        RunFolder run = new RunFolder(dir);
        for (String needed : new String[]{MODEL, CONFIG}) {
            if (!Files.isRegularFile(run.file(needed))) {
                throw new IllegalArgumentException(dir + " is not a finished run: " + needed + " is missing");
            }
        }
        return run;
    }

    public void writeString(String name, String content) throws IOException {
        AtomicFiles.writeString(file(name), content);
    }
}
