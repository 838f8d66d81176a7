package org.emotionworkbench.study.spark;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

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

    /** ND4J's thread settings in this JVM, to put back after a local-mode job (its tasks ran in this JVM). */
    record Saved(int maxThreads, int maxMasterThreads, int blasThreads) {
        static Saved now() {
            return new Saved(Nd4j.getEnvironment().maxThreads(), Nd4j.getEnvironment().maxMasterThreads(),
                    Nd4j.factory().blas().getMaxThreads());
        }

        void restore() {
            Nd4j.getEnvironment().setMaxThreads(maxThreads);
            Nd4j.getEnvironment().setMaxMasterThreads(maxMasterThreads);
            Nd4j.factory().blas().setMaxThreads(blasThreads);
        }
    }

    /** Limits ND4J (ops and BLAS) in this JVM to n threads, unless OMP_NUM_THREADS is set. */
    static void limitNativeThreads(int n) {
        if (System.getenv(OMP_NUM_THREADS) != null) {
            return;
        }
        Nd4j.getEnvironment().setMaxThreads(n);
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
        // OpenMP's thread count is per calling thread: set it for this task's thread, or its oneDNN/OpenMP ops use
        // every core (their float sums then differ in the 8th digit from a one-thread run)
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
    }
}
