package org.emotionworkbench.run;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A quick look at the files of a run folder for what a listing should warn about before anyone opens them: a
 * half-written run (training stopped by a crash, a copy cut short) has a config.json that is not JSON, a model.zip
 * of zero bytes, a report or outcome that stops mid-way, or a history.csv with lines that are not epochs. Each
 * problem comes back as one line naming the file; no file is trusted to be small (the JSON files and the history
 * are read only up to {@link #MAX_READ_BYTES}).
 */
public final class RunFileCheck {
    /** Larger JSON or CSV files than this are reported instead of read. */
    public static final long MAX_READ_BYTES = 16L * 1024 * 1024;

    private RunFileCheck() {
    }

    /** What is wrong with the run's files other than config.json (read by whoever lists the run); empty when nothing. */
    public static List<String> problems(Path runDir) {
        List<String> out = new ArrayList<>();
        model(runDir.resolve(RunFolder.MODEL), out);
        json(runDir.resolve(RunFolder.REPORT_JSON), out);
        json(runDir.resolve(RunFolder.OUTCOME), out);
        history(runDir.resolve(RunFolder.HISTORY), out);
        return out;
    }

    /** Whether model.zip is there and could be a zip (not empty, starts as a zip does). */
    public static boolean modelLooksUsable(Path runDir) {
        return modelProblem(runDir.resolve(RunFolder.MODEL)) == null && Files.isRegularFile(runDir.resolve(RunFolder.MODEL));
    }

    private static void model(Path zip, List<String> out) {
        String p = modelProblem(zip);
        if (p != null) {
            out.add(p);
        }
    }

    private static String modelProblem(Path zip) {
        if (!Files.exists(zip)) {
            return null;
        }
        try {
            if (Files.size(zip) == 0) {
                return RunFolder.MODEL + " is empty (0 bytes): the model was never written completely";
            }
            try (InputStream in = Files.newInputStream(zip)) {
                byte[] head = in.readNBytes(4);
                if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
                    return RunFolder.MODEL + " is not a zip file";
                }
            }
            return null;
        } catch (IOException e) {
            return RunFolder.MODEL + " cannot be read: " + e.getMessage();
        }
    }

    private static void json(Path file, List<String> out) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            if (tooLarge(file, out)) {
                return;
            }
            RunConfig.JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage();
            int nl = m == null ? -1 : m.indexOf('\n');
            out.add(file.getFileName() + " is not valid JSON: " + (nl < 0 ? m : m.substring(0, nl)));
        } catch (IOException | RuntimeException e) {
            out.add(file.getFileName() + " cannot be read: " + e.getMessage());
        }
    }

    private static void history(Path file, List<String> out) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            HistoryCsv.read(file); // refuses a file over MAX_READ_BYTES itself, with the same line
        } catch (IOException | RuntimeException e) {
            out.add(e.getMessage() == null ? file.getFileName() + " cannot be read" : e.getMessage());
        }
    }

    private static boolean tooLarge(Path file, List<String> out) throws IOException {
        String p = tooLarge(file);
        if (p != null) {
            out.add(p);
            return true;
        }
        return false;
    }

    /**
     * For every reader of a run's JSON or CSV files that may come from someone else (the Compare screen's headlines
     * and learning curves, {@link HistoryCsv}): call before reading the file whole.
     *
     * @throws IOException saying the file is too large when it is over {@link #MAX_READ_BYTES}; it is then not read
     */
    public static void requireReadableSize(Path file) throws IOException {
        String p = tooLarge(file);
        if (p != null) {
            throw new IOException(p);
        }
    }

    private static String tooLarge(Path file) throws IOException {
        long size = Files.size(file);
        return size > MAX_READ_BYTES
                ? file.getFileName() + " is " + size + " bytes, too large for a run's " + file.getFileName() : null;
    }
}
