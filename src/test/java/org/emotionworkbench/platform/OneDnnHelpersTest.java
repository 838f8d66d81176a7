package org.emotionworkbench.platform;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fails when the oneDNN layer helpers are not in use (see Dl4jRuntime for the three conditions). Enforced on
 * linux-x86_64, where pom.xml selects the oneDNN build; elsewhere a plain build may be all Maven Central has.
 */
class OneDnnHelpersTest {
    @org.junit.jupiter.api.BeforeEach
    void onlyWhereTheOneDnnBuildIsConfigured() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux")
                && System.getProperty("os.arch").matches("amd64|x86_64"), "oneDNN build is configured for linux-x86_64");
    }

    @Test
    void nativeLibraryIsAOneDnnBuild() {
        Dl4jRuntime.configure();
        assertTrue(Dl4jRuntime.nativeOneDnnAvailable(), "nd4j-native without oneDNN: " + Dl4jRuntime.describe());
    }

    @Test
    void oldNameShimAnswersLikeTheNativeEnvironment() {
        assertEquals(Dl4jRuntime.nativeOneDnnAvailable(),
                org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN());
    }

    @Test
    void pisaConvolutionPoolingAndBatchNormUseOneDnnHelpers() {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("pisa"), NetworkSettings.defaults(1));
        // helpers are created lazily, on the first forward pass
        net.fit(Nd4j.rand(DataType.FLOAT, 2, 1, 48, 48), Nd4j.eye(7).getRows(0, 1));
        List<String> helpers = Dl4jRuntime.helpersInUse(net);
        assertTrue(helpers.contains("conv2d: MKLDNNConvHelper"), helpers.toString());
        assertTrue(helpers.contains("max_pooling2d: MKLDNNSubsamplingHelper"), helpers.toString());
        assertTrue(helpers.contains("batch_normalization: FastBatchNormHelper"), helpers.toString());
        for (org.deeplearning4j.nn.api.Layer layer : net.getLayers()) {
            if (layer.getHelper() instanceof FastBatchNormHelper fast) {
                assertEquals("MKLDNNBatchNormHelper", fast.delegate().getClass().getSimpleName(), "normalises with oneDNN");
            }
        }
    }

    /**
     * A helper that throws once is silently replaced by DL4J's slow built-in code for the rest of the run, while
     * the helper object stays in place: count the failures after a few training steps and a Grad-CAM-style pass.
     */
    @Test
    void noHelperFellBackToTheBuiltInLayersWhileTraining() throws Exception {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("pisa"), NetworkSettings.defaults(2));
        for (int i = 0; i < 3; i++) {
            net.fit(Nd4j.rand(DataType.FLOAT, 4, 1, 48, 48), Nd4j.eye(7).getRows(0, 1, 2, 3));
        }
        net.output(Nd4j.rand(DataType.FLOAT, 3, 1, 48, 48), false);
        int checked = 0;
        for (org.deeplearning4j.nn.api.Layer layer : net.getLayers()) {
            Class<?> c = layer.getClass();
            while (c != null && !hasField(c, "helperCountFail")) {
                c = c.getSuperclass();
            }
            if (c == null) {
                continue;
            }
            java.lang.reflect.Field f = c.getDeclaredField("helperCountFail");
            f.setAccessible(true);
            assertEquals(0, f.getInt(layer), layer.conf().getLayer().getLayerName() + " fell back to built-in code");
            checked++;
        }
        assertTrue(checked >= 14, "conv, pooling and batch-norm layers checked: " + checked);
    }

    private static boolean hasField(Class<?> c, String name) {
        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
            if (f.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
