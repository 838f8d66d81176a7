package org.emotionworkbench.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real child JVM: its memory bounds, this JVM's class path and properties, its exit status, its time limit. */
class ChildJvmTest {
    private static final ChildJvm.Limits SMALL = new ChildJvm.Limits(64L << 20, 100L << 20, Duration.ofSeconds(60));

    @TempDir
    Path tmp;

    /** Run in the child: prints what bounds it runs under, then exits with the status given. */
    public static final class Report {
        public static void main(String[] args) {
            System.out.println("maxMemory=" + Runtime.getRuntime().maxMemory());
            System.out.println("maxbytes=" + System.getProperty("org.bytedeco.javacpp.maxbytes"));
            System.out.println("maxphysicalbytes=" + System.getProperty("org.bytedeco.javacpp.maxphysicalbytes"));
            System.out.println("passed=" + System.getProperty("emotionworkbench.childjvmtest"));
            System.out.println("cwd=" + Path.of("").toAbsolutePath());
            System.exit(Integer.parseInt(args[0]));
        }
    }

    private String log() throws Exception {
        return Files.readString(tmp.resolve(ChildJvm.LOG));
    }

    @Test
    void theChildRunsWithItsBoundsThisJvmsClassPathAndTheWorkbenchsProperties() throws Exception {
        System.setProperty("emotionworkbench.childjvmtest", "yes");
        try {
            ChildJvm.Outcome o = new ChildJvm(List.of()).run(Report.class.getName(), List.of("0"), SMALL, tmp);
            assertTrue(o.ok(), o.toString());
            assertEquals("", o.reason(SMALL.time()));
        } finally {
            System.clearProperty("emotionworkbench.childjvmtest");
        }
        String log = log();
        long maxMemory = Long.parseLong(log.replaceAll("(?s).*maxMemory=(\\d+).*", "$1"));
        assertTrue(maxMemory <= 64L << 20, log);
        assertTrue(log.contains("maxbytes=" + (100L << 20)), log);
        assertTrue(log.contains("maxphysicalbytes=" + ((64L << 20) + (100L << 20) + (512L << 20))), log);
        assertTrue(log.contains("passed=yes"), log);
        assertTrue(log.contains("cwd=" + tmp.toAbsolutePath()), log);
    }

    @Test
    void aNonZeroExitIsAFailureWithItsStatus() throws Exception {
        ChildJvm.Outcome o = new ChildJvm(List.of()).run(Report.class.getName(), List.of("3"), SMALL, tmp);
        assertFalse(o.ok());
        assertEquals(3, o.exitCode());
        assertEquals("it crashed (exit 3)", o.reason(SMALL.time()));
    }

    @Test
    void aChildStillRunningAtItsTimeLimitIsKilled() throws Exception {
        // the child waits at start-up until a file in its folder goes, which nobody removes
        ChildJvm.Limits oneSecond = new ChildJvm.Limits(64L << 20, 100L << 20, Duration.ofSeconds(1));
        ChildJvm.Outcome o = new ChildJvm(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+PauseAtStartup"))
                .run(Report.class.getName(), List.of("0"), oneSecond, tmp);
        assertTrue(o.timedOut());
        assertFalse(o.ok());
        assertEquals("it was still running after 1 s and was stopped", o.reason(oneSecond.time()));
        assertFalse(log().contains("maxMemory="), "it never got to its main method");
    }

    @Test
    void whatEachEndingSays() {
        Duration t = Duration.ofSeconds(120);
        assertEquals("it was killed by signal 9 (exit 137)", new ChildJvm.Outcome(137, false, false, false).reason(t));
        assertEquals("it crashed (exit 1)", new ChildJvm.Outcome(1, false, true, false).reason(t));
        assertEquals("it ran out of memory (exit 3)", new ChildJvm.Outcome(3, false, false, true).reason(t));
        assertFalse(new ChildJvm.Outcome(0, false, true, false).ok(), "a crash report is a crash, whatever the status");
        assertThrows(IllegalArgumentException.class, () -> new ChildJvm.Limits(1 << 20, 100L << 20, t));
    }
}
