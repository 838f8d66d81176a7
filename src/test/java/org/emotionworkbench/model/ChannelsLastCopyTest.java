package org.emotionworkbench.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The channels-last inference copy computes what the network computes: the same probabilities (to float rounding)
 * for the Pisa CNN with batch-norm statistics far from their initial values, after the network has trained further
 * (a copy made from stale parameters would differ), for a three-channel input, and with the copy switched off. Networks
 * it cannot copy are refused.
 */
class ChannelsLastCopyTest {
    private static final double TOLERANCE = 1e-5;

    @BeforeEach
    void onlyWithOneDnn() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Dl4jRuntime.nativeOneDnnAvailable(), "needs the oneDNN build");
    }

    @Test
    void pisaGivesTheNetworksProbabilitiesAndFollowsTraining() {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("pisa"), NetworkSettings.defaults(5));
        try (INDArray x = Nd4j.rand(DataType.FLOAT, 40, 1, 48, 48)) {
            scrambleBatchNorm(net, new Random(3));
            assertSameOutputs(net, x);
            List<Sample> samples = samples(x);
            float[][] before = LoadedModel.of(net).probabilities(samples, 16); // 3 batches: through a copy
            assertClose(net.output(x, false), before);

            try (INDArray y = Nd4j.zeros(DataType.FLOAT, 40, 7)) {
                for (int i = 0; i < 40; i++) {
                    y.putScalar(i, i % 7, 1f);
                }
                for (int step = 0; step < 3; step++) {
                    net.fit(x, y);
                }
            }
            float[][] after = LoadedModel.of(net).probabilities(samples, 16);
            assertClose(net.output(x, false), after);
            assertTrue(maxDifference(before, after) > 1e-3, "training changed the outputs (else this proves nothing)");
        } finally {
            NetworkRelease.release(net);
        }
    }

    @Test
    void threeChannelInputIsReorderedToo() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(2).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new BatchNormalization.Builder().build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(7).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(12, 10, 3)).build());
        net.init();
        Dl4jRuntime.prepare(net);
        try (INDArray x = Nd4j.rand(DataType.FLOAT, 6, 3, 12, 10)) {
            scrambleBatchNorm(net, new Random(4));
            assertSameOutputs(net, x);
        } finally {
            NetworkRelease.release(net);
        }
    }

    @Test
    void makingACopyLeavesNd4jsRandomGeneratorAlone() {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(5));
        try {
            Nd4j.getRandom().setSeed(99);
            double without = Nd4j.getRandom().nextDouble();
            Nd4j.getRandom().setSeed(99);
            ChannelsLastCopy.of(net).orElseThrow().close(); // dropout masks and shuffles after a validation pass
            assertEquals(without, Nd4j.getRandom().nextDouble());
        } finally {
            NetworkRelease.release(net);
        }
    }

    @Test
    void networksWithOtherLayersAreNotCopied() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(2).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).build())
                .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(7).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(12, 12, 1)).build());
        net.init();
        try {
            assertTrue(ChannelsLastCopy.of(net).isEmpty());
        } finally {
            NetworkRelease.release(net);
        }
    }

    @Test
    void switchedOffTheNetworkRunsItself() {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(5));
        String before = System.getProperty(ChannelsLastCopy.PROPERTY);
        System.setProperty(ChannelsLastCopy.PROPERTY, "false");
        try (INDArray x = Nd4j.rand(DataType.FLOAT, 20, 1, 48, 48)) {
            assertTrue(ChannelsLastCopy.of(net).isEmpty());
            assertClose(net.output(x, false), LoadedModel.of(net).probabilities(samples(x), 8));
        } finally {
            if (before == null) {
                System.clearProperty(ChannelsLastCopy.PROPERTY);
            } else {
                System.setProperty(ChannelsLastCopy.PROPERTY, before);
            }
            NetworkRelease.release(net);
        }
        assertTrue(ChannelsLastCopy.enabled());
    }

    /** Batch-norm statistics and affine parameters far from their initial 0/1, so that a wrong reordering shows. */
    private static void scrambleBatchNorm(MultiLayerNetwork net, Random random) {
        for (Layer layer : net.getLayers()) {
            if (layer instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization) {
                layer.paramTable().forEach((name, p) -> {
                    for (long i = 0; i < p.length(); i++) {
                        double r = random.nextDouble();
                        p.putScalar(i, switch (name) {
                            case "gamma", "var" -> 0.5 + r;
                            case "log10stdev" -> r * 0.6 - 0.3;
                            default -> r - 0.5; // beta, mean
                        });
                    }
                });
            }
        }
    }

    private static void assertSameOutputs(MultiLayerNetwork net, INDArray x) {
        ChannelsLastCopy copy = ChannelsLastCopy.of(net).orElseThrow();
        try (INDArray expected = net.output(x, false); INDArray actual = copy.output(x)) {
            assertEquals(expected.rank(), actual.rank());
            double diff = expected.sub(actual).amaxNumber().doubleValue();
            assertTrue(diff < TOLERANCE, "largest difference " + diff);
        } finally {
            copy.close();
        }
    }

    private static List<Sample> samples(INDArray x) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < x.size(0); i++) {
            samples.add(new Sample("s" + i, Emotion.values()[i % 7], x.slice(i).dup().reshape(48 * 48).toFloatVector()));
        }
        return samples;
    }

    private static void assertClose(INDArray expected, float[][] actual) {
        try (expected) {
            for (int i = 0; i < actual.length; i++) {
                for (int c = 0; c < 7; c++) {
                    assertEquals(expected.getDouble(i, c), actual[i][c], TOLERANCE, "image " + i + ", class " + c);
                }
            }
        }
    }

    private static double maxDifference(float[][] a, float[][] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int c = 0; c < a[i].length; c++) {
                max = Math.max(max, Math.abs(a[i][c] - b[i][c]));
            }
        }
        return max;
    }
}
