package org.emotionworkbench.platform;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many native threads ND4J uses: its ops, its master threads, BLAS, and OpenMP on the calling thread (OpenMP's
 * count is per thread: oneDNN/OpenMP ops started from a thread use that thread's count). Float32 sums split across a
 * different number of threads differ in the 8th–9th digit, so runs that must agree to the last digit use the same
 * count (Spark tasks: {@code study.spark.SparkThreads}).
 */
public final class NativeThreads {
    private NativeThreads() {
    }

    /** The settings now (OpenMP's as seen from this thread), to {@link #restore} later. */
    public record Settings(int maxThreads, int maxMasterThreads, int blasThreads, int openMpThreads) {
        public static Settings now() {
            return new Settings(Nd4j.getEnvironment().maxThreads(), Nd4j.getEnvironment().maxMasterThreads(),
                    Nd4j.factory().blas().getMaxThreads(), ops().ompGetMaxThreads());
        }

        /** Puts these settings back (OpenMP's for this thread). */
        public void restore() {
            Nd4j.getEnvironment().setMaxThreads(maxThreads);
            Nd4j.getEnvironment().setMaxMasterThreads(maxMasterThreads);
            Nd4j.factory().blas().setMaxThreads(blasThreads);
            ops().setOmpNumThreads(openMpThreads);
        }
    }

    /** Limits ND4J's ops, master threads and BLAS to {@code n} threads, and OpenMP on this thread. */
    public static void limit(int n) {
        new Settings(n, n, n, n).restore();
    }

    private static NativeOps ops() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps();
    }
}
