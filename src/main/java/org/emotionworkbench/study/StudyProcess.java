package org.emotionworkbench.study;

import org.emotionworkbench.dataset.LoadOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A study run in a JVM of its own ({@code study run} of the command-line interface, on this Java runtime and class
 * path), as the window runs studies: the JVM's default collector (G1) gives back the native memory of a long study
 * that the window's concurrent collector holds on to (docs/BENCHMARKS.md, "A 20-run study of graph fine-tunes, and the
 * collector"), and a crash in native code ends the study, not the window. Its output goes to {@value #LOG} in the
 * study folder; its progress is read from the folder ({@link StudyProgress}).
 */
public final class StudyProcess {
    /** The child's console output, appended to, in the study folder. */
    public static final String LOG = "study.log";

    private final Process process;
    private final Path log;

    private StudyProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The command line: this runtime's java, this class path, {@code study run --spec --out} and the cache options. */
    public static List<String> command(Path spec, Path out, LoadOptions load) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Demotionworkbench.nogui=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.emotionworkbench.cli.Main");
        cmd.addAll(List.of("study", "run", "--spec", spec.toString(), "--out", out.toString()));
        if (load.noCache()) {
            cmd.add("--no-cache");
        } else if (load.cacheDir() != null) {
            cmd.addAll(List.of("--cache-dir", load.cacheDir().toString()));
        }
        return cmd;
    }

    /** Starts the study; its output is appended to {@code out/study.log}. */
    public static StudyProcess start(Path spec, Path out, LoadOptions load) throws IOException {
        Files.createDirectories(out);
        Path log = out.resolve(LOG);
        ProcessBuilder builder = new ProcessBuilder(command(spec, out, load))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new StudyProcess(builder.start(), log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits up to {@code millis} for the process to end; its exit code, or null while it runs. */
    public Integer waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /**
     * Asks the study to stop (SIGTERM where there are signals: the CLI then stops between batches and keeps each run's
     * resume point) and waits up to {@code graceMillis} before ending it forcibly; returns its exit code.
     */
    public int stop(long graceMillis) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(graceMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return process.exitValue();
    }

    /** The last {@code lines} lines of the log (what to show when the study failed). */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public Path log() {
        return log;
    }
}
