package org.emotionworkbench.transfer;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LayerInfo;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.ModelAnalysis;
import org.emotionworkbench.model.ModelZip;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkLayer;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.NetworkSummary;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary of a network as it is marks the layers transfer learning froze, and counts their weights as Keras does. */
class FrozenLayersSummaryTest {
    @Test
    void aFineTunedNetworkMarksExactlyItsFrozenLayersAndCountsThemNonTrainable(@TempDir Path tmp) throws Exception {
        ModelAnalysis tiny = ModelAnalysis.of(Presets.get("tiny"));
        // DL4J's layers: the spec's, without Flatten (a preprocessor there)
        List<LayerInfo> layers = tiny.layers().stream().filter(l -> !(l.spec() instanceof Flatten)).toList();
        Map<String, Long> params = layers.stream().collect(Collectors.toMap(LayerInfo::name, LayerInfo::params));
        List<String> names = layers.stream().map(LayerInfo::name).toList();
        MultiLayerNetwork parent = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(5));
        TransferBuilder.Result built = TransferBuilder.build(new Backbone(parent, InputSpec.NATIVE, ClassOrder.canonical()),
                new TransferSettings("3", null, null), 3, 1e-3, null);

        NetworkSummary s = NetworkSummary.of(built.model());
        assertEquals(names, s.layers().stream().map(NetworkLayer::name).toList());
        assertEquals(names.subList(0, 3), s.frozenLayers(), "conv, pool, conv frozen; the rest trains");
        assertEquals(built.frozen(), s.frozenLayers(), "the layers the transfer record names");
        long frozenParams = params.get(names.get(0)) + params.get(names.get(2));
        long trainable = params.get(names.get(4)) + params.get(names.get(5));
        assertEquals(frozenParams, s.nonTrainableParams());
        assertEquals(trainable, s.trainableParams());
        assertEquals(built.trainableParameters(), s.trainableParams());
        assertEquals(built.model().parameterCount(), s.totalParams());
        assertEquals("(None, 48, 48, 8)", s.layers().get(0).outputShape(), "Keras' shape, channels last");
        assertEquals(0, s.layers().get(0).trainableParams());
        assertTrue(s.render("ft").lines().anyMatch(l -> l.startsWith(names.get(2) + " (ConvolutionLayer)")
                && l.endsWith("yes")), s.render("ft"));
        assertTrue(s.totals().endsWith("(3 frozen layers)"), s.totals());

        // frozen layers stay frozen in model.zip
        Path zip = tmp.resolve("model.zip");
        ModelSerializer.writeModel(built.model().network(), zip.toFile(), false);
        try (LoadedModel reopened = LoadedModel.of(ModelZip.readNetwork(zip, false))) {
            assertEquals(s, NetworkSummary.of(reopened));
        }
        built.model().close();
    }

    @Test
    void anUnfrozenNetworkHasEveryParameterTrainable() {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(5));
        try (LoadedModel m = LoadedModel.of(net)) {
            NetworkSummary s = NetworkSummary.of(m);
            assertTrue(s.frozenLayers().isEmpty());
            assertEquals(ModelAnalysis.of(Presets.get("tiny")).totalParams(), s.trainableParams());
            assertEquals(0, s.nonTrainableParams());
            assertFalse(s.totals().contains("frozen"), s.totals());
        }
    }

    /** in 12x12x1 -> conv1 3x3x4 (40) -> bn (16: 8 trainable, 8 moving statistics) -> conv2 3x3x8 (296) -> gap -> out (63). */
    private static ComputationGraph smallGraph() {
        ComputationGraph g = new ComputationGraph(new NeuralNetConfiguration.Builder().seed(1).graphBuilder()
                .addInputs("in").setInputTypes(InputType.convolutional(12, 12, 1))
                .addLayer("conv1", new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU).build(), "in")
                .addLayer("bn", new BatchNormalization.Builder().build(), "conv1")
                .addLayer("conv2", new ConvolutionLayer.Builder(3, 3).nOut(8).activation(Activation.RELU).build(), "bn")
                .addLayer("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "conv2")
                .addLayer("out", new OutputLayer.Builder(new LossMCXENT()).nOut(7).activation(Activation.SOFTMAX).build(),
                        "gap")
                .setOutputs("out").build());
        g.init();
        return g;
    }

    private static final InputSpec SMALL = new InputSpec(12, 12, 1, false, PixelScaling.UNIT);

    @Test
    void aFineTunedGraphFreezesTheLayerNamedAndItsAncestors() {
        TransferBuilder.Result built = TransferBuilder.build(new Backbone(smallGraph(), SMALL, ClassOrder.canonical()),
                new TransferSettings("conv2", null, null), 3, 1e-3, null);
        try (LoadedModel m = built.model()) {
            NetworkSummary s = NetworkSummary.of(m);
            assertEquals(List.of("conv1", "bn", "conv2", "gap", "out"),
                    s.layers().stream().map(NetworkLayer::name).toList());
            assertEquals(List.of("conv1", "bn", "conv2"), s.frozenLayers());
            assertEquals(40 + 16 + 296, s.nonTrainableParams(), "every weight of a frozen layer");
            assertEquals(63, s.trainableParams());
            assertEquals(63, built.trainableParameters());
            assertEquals("(None, 8, 8, 8)", s.layers().get(2).outputShape());
        }
    }

    @Test
    void batchNormStatisticsAreNonTrainableAsInKeras() {
        TransferBuilder.Result built = TransferBuilder.build(new Backbone(smallGraph(), SMALL, ClassOrder.canonical()),
                new TransferSettings("conv1", null, null), 3, 1e-3, null);
        try (LoadedModel m = built.model()) {
            NetworkSummary s = NetworkSummary.of(m);
            assertEquals(List.of("conv1"), s.frozenLayers());
            NetworkLayer bn = s.layers().get(1);
            assertEquals(8, bn.trainableParams(), "gamma and beta");
            assertEquals(8, bn.nonTrainableParams(), "moving mean and variance");
            assertEquals(40 + 8, s.nonTrainableParams());
            assertEquals(8 + 296 + 63, s.trainableParams());
            assertEquals(s.trainableParams(), built.trainableParameters(), "the transfer record counts as Keras does");
        }
    }
}
