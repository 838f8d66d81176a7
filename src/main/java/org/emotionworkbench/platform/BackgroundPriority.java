package org.emotionworkbench.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Lowers the operating-system scheduling priority of the calling thread, so that background work (training,
 * evaluation, dataset loading) gives way to the window's thread when both want a core.
 *
 * <p>HotSpot ignores {@link Thread#setPriority} on Linux unless the JVM runs as root with
 * {@code -XX:ThreadPriorityPolicy=1}. Linux keeps the nice value per thread, though, and any process may raise
 * (never lower) the nice value of its own threads: {@code setpriority(PRIO_PROCESS, 0, n)} from a thread changes
 * that thread only. Threads it creates afterwards inherit the value — the batch pipeline, the decode workers and
 * the OpenMP workers of ND4J's native code, whose thread pool belongs to the thread that first runs a parallel
 * region. A background thread that takes the lower priority before its first native call therefore keeps all of its
 * work there. With nothing else to run, a niced thread still gets every idle core: training is not slowed when the
 * window is quiet.
 *
 * <p>Elsewhere (macOS, Windows) and when the C library cannot be reached this does nothing and says so through
 * {@link #lowerCurrentThread()}'s result; the workbench behaves the same, only less smoothly under load.
 */
public final class BackgroundPriority {
    /**
     * The nice value background threads take. Linux's scheduler weighs nice 0 against nice 10 about 1024 to 110, so
     * the window's thread gets a core at once when it wakes, while the background threads keep all the rest.
     */
    public static final int NICE = 10;
    /** System property: {@code false} leaves every thread at the window's priority (for A/B measurements). */
    public static final String PROPERTY = "emotionworkbench.background.nice";

    private static final int PRIO_PROCESS = 0;

    private BackgroundPriority() {
    }

    interface LibC extends Library {
        int setpriority(int which, int who, int prio);

        int getpriority(int which, int who);
    }

    private static final class Holder {
        static final LibC LIBC = load();

        private static LibC load() {
            if (!Platform.isLinux()) {
                return null;
            }
            try {
                return Native.loadLibrary("c", LibC.class);
            } catch (Throwable t) {
                return null;
            }
        }
    }

    /**
     * Gives the calling thread the background nice value ({@value #NICE}) where the platform allows it.
     *
     * @return whether the thread's priority is now the background one
     */
    public static boolean lowerCurrentThread() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return false;
        }
        LibC libc = Holder.LIBC;
        if (libc == null) {
            return false;
        }
        try {
            if (libc.getpriority(PRIO_PROCESS, 0) >= NICE) {
                return true; // already as low (a whole workbench started with `nice`): raising it back is not allowed
            }
            return libc.setpriority(PRIO_PROCESS, 0, NICE) == 0;
        } catch (Throwable t) {
            return false;
        }
    }

    /** The calling thread's nice value, or empty where it cannot be read. */
    public static java.util.OptionalInt currentNice() {
        LibC libc = Holder.LIBC;
        if (libc == null) {
            return java.util.OptionalInt.empty();
        }
        try {
            return java.util.OptionalInt.of(libc.getpriority(PRIO_PROCESS, 0));
        } catch (Throwable t) {
            return java.util.OptionalInt.empty();
        }
    }
}
