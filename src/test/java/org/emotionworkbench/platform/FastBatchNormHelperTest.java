package org.emotionworkbench.platform;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.model.NetworkRelease;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch-norm helper the workbench installs computes what DL4J's oneDNN helper computes: the same loss, the
 * same gradient for every parameter, and the same running statistics after a step — for batch-norm after a
 * convolution (4-d), after pooling, and after a dense layer (2-d). Where float rounding shows (inputs far from
 * zero), it is at least as close as DL4J's helper to a double-precision reference.
 */
class FastBatchNormHelperTest {
    private static final ModelSpec SPEC = new ModelSpec("bn-everywhere", List.of(
            Conv2D.of(8), BatchNorm.keras(), MaxPool2D.of(2), BatchNorm.keras(),
            Conv2D.of(16), MaxPool2D.of(2), BatchNorm.keras(),
            new Flatten(), Dense.of(24), BatchNorm.keras(), Output.emotions()));

    @BeforeEach
    void onlyWithOneDnn() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Dl4jRuntime.nativeOneDnnAvailable(), "needs the oneDNN build");
    }

    @Test
    void gradientsAndRunningStatisticsMatchDl4jsOwnHelper() {
        compare(0f, 11);
    }

    @Test
    void inputsFarFromZeroTakeTheExactVarianceAndStillMatch() {
        compare(300f, 12); // conv outputs with |mean| >> sd: E[x²] − mean² would cancel; the guard hands over
    }

    private static void compare(float offset, long seed) {
        MultiLayerNetwork fast = NetworkFactory.build(SPEC, NetworkSettings.defaults(seed));
        MultiLayerNetwork plain = fast.clone(); // same weights; its layers are built anew with DL4J's own helper
        MultiLayerNetwork exact = plain.convertDataType(DataType.DOUBLE); // no helper: DL4J's own maths in double
        try {
            int withFast = 0;
            for (Layer layer : fast.getLayers()) {
                if (layer instanceof BatchNormalization bn) {
                    assertInstanceOf(FastBatchNormHelper.class, bn.getHelper());
                    withFast++;
                }
            }
            assertEquals(4, withFast);
            for (Layer layer : plain.getLayers()) {
                if (layer instanceof BatchNormalization bn) {
                    assertTrue(!(bn.getHelper() instanceof FastBatchNormHelper), "the clone keeps DL4J's helper");
                }
            }
            Nd4j.getRandom().setSeed(seed);
            INDArray x = Nd4j.rand(DataType.FLOAT, 16, 1, 48, 48).addi(offset);
            INDArray y = Nd4j.eye(7).getRows(0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1);

            INDArray gFast = gradient(fast, x, y);
            INDArray gPlain = gradient(plain, x, y);
            INDArray gExact;
            try (INDArray xd = x.castTo(DataType.DOUBLE); INDArray yd = y.castTo(DataType.DOUBLE)) {
                gExact = gradient(exact, xd, yd).castTo(DataType.FLOAT);
            }
            assertEquals(plain.score(), fast.score(), 1e-5 * Math.abs(plain.score()), "loss");
            double fastError = difference(gExact, gFast);
            double plainError = difference(gExact, gPlain);
            assertTrue(fastError <= Math.max(2 * plainError, 2e-4), "gradient: relative error " + fastError
                    + " against the double-precision reference; DL4J's helper: " + plainError);

            fast.fit(x, y);
            plain.fit(x, y);
            assertTrue(difference(plain.params(), fast.params()) <= Math.max(2 * plainError, 2e-4),
                    "parameters (weights and running statistics) after one step");
        } finally {
            NetworkRelease.release(fast);
            NetworkRelease.release(plain);
            NetworkRelease.release(exact);
        }
    }

    private static INDArray gradient(MultiLayerNetwork net, INDArray x, INDArray y) {
        net.setInput(x);
        net.setLabels(y);
        net.computeGradientAndScore();
        return net.gradient().gradient().dup();
    }

    /** Largest absolute difference relative to the largest absolute reference value. */
    private static double difference(INDArray reference, INDArray actual) {
        double scale = reference.amaxNumber().doubleValue();
        return reference.sub(actual).amaxNumber().doubleValue() / Math.max(scale, 1e-12);
    }
}
