package org.emotionworkbench.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this application in a separate Java process, so that whatever it does to itself (a crash in
 * native code, running out of memory, hanging) ends only that process: {@code java} from this JVM's
 * {@code java.home}, this JVM's class path, a bounded heap and bounded JavaCPP native memory, the workbench's own
 * DL4J/JavaCPP system properties, and a time limit after which it is killed. It works in a folder the caller gives
 * (its current directory, where its output log and any JVM crash report go).
 */
public final class ChildJvm {
    /** The child's stdout and stderr, together, in its work folder. */
    public static final String LOG = "child.log";
    /** System properties passed on to the child (those of this application, DL4J, ND4J and JavaCPP). */
    private static final List<String> PASSED_ON = List.of("emotionworkbench.", "org.eclipse.deeplearning4j.",
            "org.nd4j.", "org.bytedeco.", "javacpp.", "java.io.tmpdir");

    /**
     * @param heapBytes   the child's -Xmx
     * @param nativeBytes JavaCPP's {@code maxbytes}: off-heap memory for arrays (its {@code maxphysicalbytes}, the
     *                    whole process, is heap + native + 512 MB)
     * @param time        after this, the child is killed
     */
    public record Limits(long heapBytes, long nativeBytes, Duration time) {
        public Limits {
            if (heapBytes < (4L << 20) || nativeBytes < (16L << 20)) {
                throw new IllegalArgumentException("a child JVM needs at least 4 MB of heap and 16 MB of native memory");
            }
            Objects.requireNonNull(time, "time");
            if (time.isNegative() || time.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive");
            }
        }
    }

    /**
     * How the child ended.
     *
     * @param exitCode    its exit status (128 + n when killed by signal n); -1 when it was killed for the time limit
     * @param timedOut    whether it was killed for running past the time limit
     * @param crashReport whether the JVM wrote a crash report (hs_err file): a crash in native code or the JVM
     * @param outOfMemory whether it ran out of Java heap (its log says so)
     */
    public record Outcome(int exitCode, boolean timedOut, boolean crashReport, boolean outOfMemory) {
        public boolean ok() {
            return exitCode == 0 && !timedOut && !crashReport;
        }

        /** What went wrong, in words ("it crashed (exit 134)"); empty when it ended normally. */
        public String reason(Duration limit) {
            if (timedOut) {
                return "it was still running after " + limit.toSeconds() + " s and was stopped";
            }
            if (outOfMemory) {
                return "it ran out of memory (exit " + exitCode + ")";
            }
            if (crashReport) {
                return "it crashed (exit " + exitCode + ")";
            }
            if (exitCode > 128 && exitCode < 160) {
                return "it was killed by signal " + (exitCode - 128) + " (exit " + exitCode + ")";
            }
            return exitCode == 0 ? "" : "it crashed (exit " + exitCode + ")";
        }
    }

    /**
     * Stops a child from another thread (the user chose another file while it ran): {@link #stop()} kills the child
     * and its descendants at once, and a child started after it is killed as soon as it starts. One per job.
     */
    public static final class Stop {
        private Process process;
        private boolean stopped;

        public void stop() {
            Process p;
            synchronized (this) {
                stopped = true;
                p = process;
            }
            if (p != null) {
                destroyTree(p);
            }
        }

        public synchronized boolean stopped() {
            return stopped;
        }

        private void started(Process p) {
            boolean kill;
            synchronized (this) {
                process = p;
                kill = stopped;
            }
            if (kill) {
                destroyTree(p);
            }
        }
    }

    /** The child was stopped through its {@link Stop}; it is dead when this is thrown. */
    public static final class StoppedException extends IOException {
        public StoppedException() {
            super("stopped");
        }
    }

    private final List<String> extraOptions;

    /**
     * @param extraOptions JVM options added after the workbench's own (a later {@code -Xmx} wins, for instance);
     *                     usually none
     */
    public ChildJvm(List<String> extraOptions) {
        this.extraOptions = List.copyOf(extraOptions);
    }

    /** The command line that runs {@code mainClass} with {@code args} under {@code limits}, working in {@code dir}. */
    public List<String> command(String mainClass, List<String> args, Limits limits, Path dir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + (limits.heapBytes() >> 20) + "m");
        cmd.add("-XX:+UseSerialGC"); // starts fastest, and a short job needs no parallel collector
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:-CreateCoredumpOnCrash");
        cmd.add("-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"));
        for (String name : System.getProperties().stringPropertyNames().stream().sorted().toList()) {
            if (PASSED_ON.stream().anyMatch(name::startsWith) && !name.startsWith("org.bytedeco.javacpp.max")) {
                cmd.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        cmd.add("-Dorg.bytedeco.javacpp.maxbytes=" + limits.nativeBytes());
        cmd.add("-Dorg.bytedeco.javacpp.maxphysicalbytes=" + (limits.heapBytes() + limits.nativeBytes() + (512L << 20)));
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(extraOptions);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** This JVM's class path with every entry made absolute (the child works in another folder). */
    static String classPath() {
        String sep = java.io.File.pathSeparator;
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(java.util.regex.Pattern.quote(sep))) {
            if (!entry.isEmpty()) {
                out.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(sep, out);
    }

    /**
     * Runs the child in {@code dir} (which must exist) and waits for it, at most the time limit. Interrupting the
     * waiting thread kills the child.
     */
    public Outcome run(String mainClass, List<String> args, Limits limits, Path dir) throws IOException,
            InterruptedException {
        return run(mainClass, args, limits, dir, new Stop());
    }

    /**
     * As {@link #run(String, List, Limits, Path)}, stoppable through {@code stop}.
     *
     * @throws StoppedException if {@code stop} stopped the child (it is dead by then)
     */
    public Outcome run(String mainClass, List<String> args, Limits limits, Path dir, Stop stop) throws IOException,
            InterruptedException {
        if (stop.stopped()) {
            throw new StoppedException();
        }
        ProcessBuilder pb = new ProcessBuilder(command(mainClass, args, limits, dir))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(LOG).toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS"); // the limits above are the child's, whatever the environment says
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        stop.started(p);
        boolean done;
        try {
            done = p.waitFor(limits.time().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill(p);
            throw e;
        }
        if (!done) {
            kill(p);
        }
        if (stop.stopped()) {
            kill(p); // waits for it to be gone
            throw new StoppedException();
        }
        int exit = done ? p.exitValue() : -1;
        return new Outcome(exit, !done, hasCrashReport(dir), done && exit != 0 && logSaysOutOfMemory(dir));
    }

    private static void kill(Process p) throws InterruptedException {
        destroyTree(p);
        p.waitFor(10, TimeUnit.SECONDS);
    }

    private static void destroyTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static boolean hasCrashReport(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "hs_err_pid*.log")) {
            return s.iterator().hasNext();
        }
    }

    private static boolean logSaysOutOfMemory(Path dir) {
        return tail(dir, 16 << 10).contains("OutOfMemoryError");
    }

    /** The last {@code max} characters of the child's log (for the developer's log; never shown as the message). */
    public static String tail(Path dir, int max) {
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(LOG));
            String s = new String(bytes, Math.max(0, bytes.length - max), Math.min(max, bytes.length),
                    StandardCharsets.UTF_8);
            return s.strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Deletes a child's work folder and everything in it (a child writes files only, no sub-folders). */
    public static void deleteWorkFolder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
