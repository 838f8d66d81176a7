package org.emotionworkbench.explain;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The score gradient CamNetwork backpropagates equals central finite differences of the pre-softmax score. */
class CamGradientTest {

    @Test
    void tinyNetGradientMatchesFiniteDifferences() {
        MultiLayerNetwork net = randomDoubleNet(Presets.get("tiny"), 5);
        checkAgainstFiniteDifferences(net, null, Emotion.SAD);
    }

    @Test
    void gradientThroughInferenceModeBatchNormMatchesFiniteDifferences() {
        ModelSpec spec = new ModelSpec("bn", List.of(
                Conv2D.of(4), MaxPool2D.of(2), Conv2D.of(6), BatchNorm.keras(), MaxPool2D.of(2), BatchNorm.keras(),
                new Dropout(0.3), new Flatten(), Dense.of(12), BatchNorm.keras(), new Dropout(0.5), Output.emotions()));
        MultiLayerNetwork net = randomDoubleNet(spec, 9);
        checkAgainstFiniteDifferences(net, "conv2d_1", Emotion.FEAR);
        checkAgainstFiniteDifferences(net, "conv2d", Emotion.HAPPY);
    }

    static MultiLayerNetwork randomDoubleNet(ModelSpec spec, long seed) {
        MultiLayerNetwork net = NetworkFactory.build(spec, NetworkSettings.defaults(seed)).convertDataType(DataType.DOUBLE);
        Nd4j.getRandom().setSeed(seed);
        // random weights, biases and batch-norm statistics (γ, β, mean, log10 std), so no layer is an identity
        try (INDArray r = Nd4j.rand(DataType.DOUBLE, net.params().shape())) {
            net.params().assign(r.subi(0.5));
        }
        return net;
    }

    private static void checkAgainstFiniteDifferences(MultiLayerNetwork net, String layer, Emotion target) {
        CamNetwork cam = CamNetwork.of(net, layer);
        Random rng = new Random(3);
        float[] image = new float[ImageGeometry.PIXELS];
        for (int i = 0; i < image.length; i++) {
            image[i] = rng.nextFloat();
        }
        CamNetwork.Pass pass = cam.pass(new float[][]{image}, CamNetwork.ClassChoice.fixed(target), true);
        int k = cam.layerIndex();
        try (INDArray x = cam.input(new float[][]{image})) {
            List<INDArray> acts = net.feedForward(x, false);
            INDArray a = acts.get(k + 1);
            double h = 1e-5;
            double maxGrad = 0;
            for (float g : pass.gradients()) {
                maxGrad = Math.max(maxGrad, Math.abs(g));
            }
            // single elements, skipping zeros (ReLU kink or pooling tie at zero: finite differences are one-sided there)
            int checked = 0;
            int nonZero = 0;
            for (int idx = 0; idx < a.length() && checked < 25; idx += 1 + rng.nextInt(40)) {
                double v = a.getDouble(idx);
                if (v < 1e-3) {
                    continue;
                }
                double[] direction = new double[(int) a.length()];
                direction[idx] = 1;
                double g = pass.gradients()[idx];
                assertEquals(directional(net, k, a, direction, h, target), g, 1e-4 * maxGrad + 1e-4 * Math.abs(g),
                        "d score/dA at " + idx + " of " + layer);
                checked++;
                if (Math.abs(g) > 1e-3 * maxGrad) {
                    nonZero++;
                }
            }
            assertTrue(checked == 25 && nonZero > 3, "checked " + checked + ", non-trivial " + nonZero);
            // random directions over all positive activations: checks every gradient entry at once
            for (int d = 0; d < 10; d++) {
                double[] direction = new double[(int) a.length()];
                double expected = 0;
                double scale = 0;
                for (int i = 0; i < direction.length; i++) {
                    if (a.getDouble(i) >= 1e-3) {
                        direction[i] = rng.nextGaussian();
                        expected += direction[i] * pass.gradients()[i];
                        scale += Math.abs(direction[i] * pass.gradients()[i]);
                    }
                }
                assertEquals(expected, directional(net, k, a, direction, h, target), 1e-4 * scale + 1e-6,
                        "directional derivative " + d + " of " + layer);
            }
        }
    }

    /** Central difference of the score along {@code direction} from the activations {@code a}. */
    private static double directional(MultiLayerNetwork net, int k, INDArray a, double[] direction, double h, Emotion target) {
        try (INDArray d = Nd4j.createFromArray(direction).reshape(a.shape()).castTo(a.dataType());
             INDArray plus = a.add(d.mul(h)); INDArray minus = a.sub(d.mul(h))) {
            return (score(net, k, plus, target) - score(net, k, minus, target)) / (2 * h);
        }
    }

    /** The output layer's W·a+b for the target class, forwarding the target layer's activations in inference mode. */
    private static double score(MultiLayerNetwork net, int targetLayer, INDArray activations, Emotion target) {
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        Layer[] layers = net.getLayers();
        INDArray x = activations;
        for (int j = targetLayer + 1; j < layers.length; j++) {
            InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(j);
            if (pre != null) {
                x = pre.preProcess(x, (int) x.size(0), mgr);
            }
            if (j < layers.length - 1) {
                x = layers[j].activate(x, false, mgr);
            }
        }
        INDArray w = layers[layers.length - 1].getParam("W");
        INDArray b = layers[layers.length - 1].getParam("b");
        return x.mmul(w.getColumn(target.ordinal()).reshape(w.size(0), 1)).getDouble(0) + b.getDouble(target.ordinal());
    }
}
