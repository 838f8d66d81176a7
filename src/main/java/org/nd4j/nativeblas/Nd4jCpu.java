package org.nd4j.nativeblas;

/**
 * Compatibility shim for a lookup that DL4J 1.0.0-M2.1 gets wrong — remove this file when DL4J is upgraded.
 *
 * <p>{@code org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper.mklDnnEnabled()} decides whether the oneDNN
 * layer helpers (convolution, pooling, batch-norm) may run by reflectively calling
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment.getInstance().isUseMKLDNN()}. ND4J M2.1 moved that class to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and renamed the method
 * {@code isUseONEDNN()}, so the lookup fails, the failure is cached, and every helper silently falls back to the
 * slow built-in Java implementation (≈ 7× slower training for the Pisa CNN on 2 cores).
 *
 * <p>This class provides exactly the old name and delegates to the new one, so the decision is the native
 * library's own again. {@link org.emotionworkbench.platform.Dl4jRuntime} documents the other two conditions
 * and a test ({@code OneDnnHelpersTest}) fails if the helpers are not in use. The new name is looked up by name
 * ({@link org.emotionworkbench.platform.CpuBackendFlags}), so this shim also compiles against the CUDA backend, where
 * DL4J never asks it.
 */
public final class Nd4jCpu {
    private Nd4jCpu() {
    }

    /** The old-name environment, answering only what {@code BaseMKLDNNHelper} asks. */
    public static final class Environment {
        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether the native library was built with oneDNN and has it switched on. */
        public boolean isUseMKLDNN() {
            return org.emotionworkbench.platform.CpuBackendFlags.oneDnnOn();
        }
    }
}
