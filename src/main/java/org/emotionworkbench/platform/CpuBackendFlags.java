package org.emotionworkbench.platform;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * What the CPU backend's native environment says about oneDNN, looked up by name so that nothing in the workbench
 * links to nd4j-native's classes: the same build compiles against the CUDA backend ({@code -Pcuda}), where the
 * answer is simply "no". {@code BackendLinkageTest} fails if a main class refers to a class of nd4j-native.
 */
public final class CpuBackendFlags {
    static final String ENVIRONMENT = "org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment";

    private static final MethodHandle IS_USE_ONEDNN = lookUp();

    private CpuBackendFlags() {
    }

    private static MethodHandle lookUp() {
        try {
            Class<?> env = Class.forName(ENVIRONMENT);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle instance = lookup.findStatic(env, "getInstance", MethodType.methodType(env));
            MethodHandle flag = lookup.findVirtual(env, "isUseONEDNN", MethodType.methodType(boolean.class));
            return MethodHandles.filterReturnValue(instance, flag);
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // not the CPU backend (e.g. CUDA)
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("nd4j-native's " + ENVIRONMENT + " has no isUseONEDNN(): "
                    + "this workbench needs ND4J 1.0.0-M2.1's CPU backend", e);
        }
    }

    /** Whether the CPU backend is on the class path at all. */
    public static boolean cpuBackendPresent() {
        return IS_USE_ONEDNN != null;
    }

    /**
     * Whether the CPU backend's native library was built with oneDNN and has it switched on; false without the CPU
     * backend. Loads the native library the first time.
     */
    public static boolean oneDnnOn() {
        if (IS_USE_ONEDNN == null) {
            return false;
        }
        try {
            return (boolean) IS_USE_ONEDNN.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
