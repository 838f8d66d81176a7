package org.emotionworkbench.study.spark;

import org.emotionworkbench.platform.NativeThreads;

/**
 * ND4J's native threads under Spark. An executor runs several tasks at once (in local mode all of them share the
 * driver's JVM); each would otherwise use every core for its ops and BLAS calls, so N concurrent tasks would run N × cores
 * threads on cores threads. Each task limits ND4J to its {@code spark.task.cpus} (1 by default): N concurrent tasks then
 * use N × spark.task.cpus threads, what Spark scheduled. An explicit {@code OMP_NUM_THREADS} wins.
 */
final class SparkThreads {
    static final String OMP_NUM_THREADS = "OMP_NUM_THREADS";

    private SparkThreads() {
    }

    /** Limits ND4J (ops and BLAS) in this JVM, and OpenMP on this task's thread, to n threads, unless OMP_NUM_THREADS is set. */
    static void limitNativeThreads(int n) {
        if (System.getenv(OMP_NUM_THREADS) == null) {
            // without OpenMP's per-thread count, a task's oneDNN/OpenMP ops use every core (and their float sums then
            // differ in the 8th digit from a one-thread run)
            NativeThreads.limit(n);
        }
    }
}
