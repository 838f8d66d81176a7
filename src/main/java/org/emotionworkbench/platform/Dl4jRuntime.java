package org.emotionworkbench.platform;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.nn.layers.normalization.BatchNormalizationHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * How this workbench configures DL4J/ND4J before any network exists.
 *
 * <p>oneDNN layer helpers are what make convolution, pooling and batch-norm fast on a CPU. In DL4J 1.0.0-M2.1
 * three things must all hold for them to run:
 * <ol>
 *   <li>the system property {@value #HELPERS_DISABLE_PROPERTY} is {@code false} (DL4J's default is {@code true}:
 *       no helper is ever created) — set here;</li>
 *   <li>the nd4j-native binary is a oneDNN build (classifier {@code linux-x86_64-onednn}; the plain
 *       {@code linux-x86_64} one has no oneDNN) — chosen in {@code pom.xml};</li>
 *   <li>{@code BaseMKLDNNHelper}'s reflective check finds {@code org.nd4j.nativeblas.Nd4jCpu$Environment}
 *       — provided by the shim {@link org.nd4j.nativeblas.Nd4jCpu}.</li>
 * </ol>
 * Setting the system property {@value #ONEDNN_PROPERTY}{@code =false} turns the helpers off (for A/B
 * benchmarks, or to rule them out when hunting a numerical difference).
 */
public final class Dl4jRuntime {
    public static final String HELPERS_DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";
    public static final String ONEDNN_PROPERTY = "emotionworkbench.onednn";
    public static final String FAST_BATCH_NORM_PROPERTY = "emotionworkbench.fastbn";

    private static volatile boolean configured;

    private Dl4jRuntime() {
    }

    /** Idempotent; call before building a network (helpers are chosen when a layer is created). */
    public static synchronized void configure() {
        if (configured) {
            return;
        }
        boolean wantHelpers = Boolean.parseBoolean(System.getProperty(ONEDNN_PROPERTY, "true"));
        System.setProperty(HELPERS_DISABLE_PROPERTY, Boolean.toString(!wantHelpers));
        configured = true;
    }

    public static boolean oneDnnRequested() {
        return !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE_PROPERTY, "true"));
    }

    /** Whether the native library reports oneDNN built in and switched on. */
    public static boolean nativeOneDnnAvailable() {
        try {
            return CpuBackendFlags.oneDnnOn();
        } catch (Throwable t) {
            return false;
        }
    }

    /** The ND4J backend in use, as ND4J names it: "CPU" for nd4j-native, "CUDA" for nd4j-cuda (loads ND4J). */
    public static String backendName() {
        return Backend.NAME;
    }

    /** Read once, when first asked: a JVM's backend does not change, and prepare() asks for every network. */
    private static final class Backend {
        static final String NAME =
                String.valueOf(Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend"));
    }

    /** Whether ND4J runs on the CPU backend (nd4j-native), the one the oneDNN and batch-norm helpers here are for. */
    public static boolean onCpuBackend() {
        return "CPU".equalsIgnoreCase(backendName());
    }

    /**
     * Gets a built or restored network ready to train: replaces the oneDNN batch-norm helper of every batch-norm layer
     * with {@link FastBatchNormHelper} (unless {@value #FAST_BATCH_NORM_PROPERTY}{@code =false}). Returns the network.
     * On any backend but the CPU one (CUDA: cuDNN's helper) the network is left as it is.
     */
    public static MultiLayerNetwork prepare(MultiLayerNetwork net) {
        if (!Boolean.parseBoolean(System.getProperty(FAST_BATCH_NORM_PROPERTY, "true")) || !onCpuBackend()) {
            return net;
        }
        for (Layer layer : net.getLayers()) {
            if (layer instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization bn
                    && bn.getHelper() instanceof BatchNormalizationHelper helper
                    && !(helper instanceof FastBatchNormHelper)) {
                setHelper(bn, new FastBatchNormHelper(helper));
            }
        }
        return net;
    }

    /**
     * Gets a channels-last inference copy ({@code model.ChannelsLastCopy}) ready: {@link #prepare}, and where that did
     * not install {@link FastBatchNormHelper} (which normalises NHWC data itself in inference), DL4J's own
     * implementation instead of the oneDNN helper, which is wrong for NHWC ({@link #dropChannelsLastBatchNormHelpers}).
     */
    public static MultiLayerNetwork prepareChannelsLastInference(MultiLayerNetwork net) {
        prepare(net);
        dropChannelsLastBatchNormHelpers(net.getLayers(), true);
        return net;
    }

    /**
     * Removes the oneDNN batch-norm helper from every batch-norm layer that works on channels-last (NHWC) data, as
     * Keras models imported by DL4J do. In DL4J 1.0.0-M2.1 that helper gives wrong results for NHWC input: the
     * imported mini-Xception predicts "happy" for nearly every FER2013 face with it, and its output for an image
     * depends on the other images in the batch; without it (DL4J's own implementation) the outputs match Keras'.
     * Returns how many helpers were removed.
     */
    public static int dropChannelsLastBatchNormHelpers(Layer[] layers) {
        return dropChannelsLastBatchNormHelpers(layers, false);
    }

    /** The same, leaving {@link FastBatchNormHelper}s in place when {@code keepFast} (they handle NHWC inference). */
    private static int dropChannelsLastBatchNormHelpers(Layer[] layers, boolean keepFast) {
        int dropped = 0;
        for (Layer outer : layers) {
            Layer layer = unfrozen(outer);
            if (layer instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization bn
                    && bn.getHelper() != null && !(keepFast && bn.getHelper() instanceof FastBatchNormHelper)
                    && bn.layerConf().getCnn2DFormat() == org.deeplearning4j.nn.conf.CNN2DFormat.NHWC) {
                setHelper(bn, null);
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * The layer inside a frozen wrapper (transfer learning freezes layers by wrapping them, in
     * {@code FrozenLayer} or {@code FrozenLayerWithBackprop}), or the layer itself. It computes the same function; code
     * that back-propagates outside training (explanations) must go through it, as the wrapper passes no gradient on.
     */
    public static Layer unfrozen(Layer layer) {
        Layer l = layer;
        while (true) {
            if (l instanceof org.deeplearning4j.nn.layers.FrozenLayer f) {
                l = f.getInsideLayer();
            } else if (l instanceof org.deeplearning4j.nn.layers.FrozenLayerWithBackprop f) {
                l = f.getInsideLayer();
            } else {
                return l;
            }
        }
    }

    private static void setHelper(org.deeplearning4j.nn.layers.normalization.BatchNormalization layer,
                                  BatchNormalizationHelper helper) {
        try {
            // package-private in DL4J 1.0.0-M2.1, and set only in the layer's constructor
            java.lang.reflect.Field field = org.deeplearning4j.nn.layers.normalization.BatchNormalization.class
                    .getDeclaredField("helper");
            field.setAccessible(true);
            field.set(layer, helper);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install the batch-norm helper on this DL4J version: " + e, e);
        }
    }

    /** "layerName: HelperClass" for every layer of the network that has a helper in use. */
    public static List<String> helpersInUse(MultiLayerNetwork net) {
        List<String> out = new ArrayList<>();
        for (Layer layer : net.getLayers()) {
            LayerHelper helper = layer.getHelper();
            if (helper != null) {
                out.add(layer.conf().getLayer().getLayerName() + ": " + helper.getClass().getSimpleName());
            }
        }
        return out;
    }

    /**
     * The ND4J native build that was loaded, from the folder JavaCPP extracted it to: {@code linux-x86_64-onednn},
     * {@code linux-x86_64-onednn-avx2}, {@code linux-x86_64-onednn-avx512}, ..., {@code linux-x86_64-cudnn} for CUDA
     * ("unknown" if not found).
     */
    public static String nativeBuild() {
        for (var e : org.bytedeco.javacpp.Loader.getLoadedLibraries().entrySet()) {
            if ((e.getKey().contains("nd4jcpu") || e.getKey().contains("nd4jcuda")) && e.getValue() != null) {
                java.nio.file.Path parent = java.nio.file.Path.of(e.getValue()).getParent();
                if (parent != null && parent.getFileName() != null) {
                    return parent.getFileName().toString();
                }
            }
        }
        return "unknown";
    }

    /** One line describing the backend, for logs, benchmarks and run provenance. */
    public static String describe() {
        var env = Nd4j.getExecutioner().getEnvironmentInformation();
        if (!onCpuBackend()) { // CUDA: the devices ND4J sees instead of oneDNN and BLAS threads
            return "ND4J backend " + backendName() + " (" + nativeBuild() + "), devices "
                    + env.getOrDefault("cuda.devicesInformation", "unknown")
                    + ", layer helpers " + (oneDnnRequested() ? "requested" : "off");
        }
        return "ND4J backend " + backendName() + " (" + nativeBuild() + "), BLAS "
                + env.getProperty("blas.vendor")
                + ", oneDNN " + (nativeOneDnnAvailable() ? "built in" : "absent")
                + ", layer helpers " + (oneDnnRequested() ? "requested" : "off")
                + ", threads " + Nd4j.getEnvironment().maxThreads();
    }
}
