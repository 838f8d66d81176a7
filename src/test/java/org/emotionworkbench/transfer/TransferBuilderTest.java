package org.emotionworkbench.transfer;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.FrozenLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.training.SpotFaces;
import org.emotionworkbench.training.StopReason;
import org.emotionworkbench.training.TrainedModel;
import org.emotionworkbench.training.Trainer;
import org.emotionworkbench.training.TrainingData;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feature extraction and fine-tuning leave the frozen layers' weights exactly as they were and train the rest. */
class TransferBuilderTest {
    private static Map<String, INDArray> snapshot(Layer[] layers) {
        Map<String, INDArray> out = new HashMap<>();
        for (Layer l : layers) {
            if (l.numParams() > 0) {
                out.put(l.conf().getLayer().getLayerName(), l.params().dup());
            }
        }
        return out;
    }

    private static boolean same(Map<String, INDArray> before, Layer[] layers, String name) {
        for (Layer l : layers) {
            if (name.equals(l.conf().getLayer().getLayerName())) {
                return before.get(name).equals(l.params());
            }
        }
        throw new AssertionError("no layer " + name);
    }

    @Test
    void networkWithANewHeadTrainsOnlyTheUnfrozenLayers() {
        MultiLayerNetwork parent = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(5));
        String firstConv = parent.getLayerWiseConfigurations().getConf(0).getLayer().getLayerName();
        TransferBuilder.Result r = TransferBuilder.build(
                new Backbone(parent, InputSpec.NATIVE, ClassOrder.canonical()),
                new TransferSettings(firstConv, HeadSpec.parse("dense:16,dropout:0.5"), null), 3, 3e-3, null);
        assertEquals(List.of(firstConv), r.frozen());
        assertTrue(r.model().layers()[0] instanceof FrozenLayer);
        assertEquals(ClassOrder.canonical(), r.model().classes());
        Map<String, INDArray> before = snapshot(r.model().layers());

        TrainedModel trained = new Trainer(TrainingOptions.of(2, 16, 3e-3, 3))
                .train(r.model(), new TrainingData(SpotFaces.make(4, 1), SpotFaces.make(2, 2)));
        assertEquals(StopReason.COMPLETED, trained.outcome().stopReason());
        Layer[] after = trained.model().layers();
        assertTrue(same(before, after, firstConv), "the frozen convolution did not change");
        assertFalse(same(before, after, TransferBuilder.OUTPUT), "the new output layer learned");
        assertTrue(trained.outcome().history().get(1).accuracy() > 0, "training accuracy is counted");
        trained.model().close();
    }

    @Test
    void vgg16WithoutTopFromAZipFineTunesBlockFiveAndTheHead(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("vgg16-notop.zip");
        ComputationGraph notop = Vgg16.randomNoTop(Vgg16.MIN_SIDE, 7);
        ModelSerializer.writeModel(notop, zip.toFile(), false);

        ParentModels.Parent parent = ParentModels.open(zip,
                new KerasImport.Options(null, PixelScaling.UNIT, new int[]{32, 32, 3}));
        assertEquals("dl4j-zip", parent.kind());
        assertEquals(64, parent.sha256().length());
        TransferBuilder.Result r = TransferBuilder.build(parent.backbone(),
                new TransferSettings(Vgg16.BLOCK4_POOL, HeadSpec.parse("dense:32,dropout:0.5"), null), 3, 1e-3, null);
        assertTrue(r.model().isGraph());
        assertTrue(r.frozen().containsAll(List.of("0", "12")) && !r.frozen().contains("14"),
                "blocks 1-4 frozen (their poolings have no weights to freeze): " + r.frozen());
        Map<String, INDArray> before = snapshot(r.model().layers());

        // one epoch of two batches
        TrainedModel trained = new Trainer(TrainingOptions.of(1, 7, 1e-3, 3))
                .train(r.model(), new TrainingData(SpotFaces.make(2, 1), SpotFaces.make(1, 2)));
        assertEquals(1, trained.outcome().history().size());
        Layer[] after = trained.model().layers();
        assertTrue(same(before, after, "0"), "block 1's first convolution is frozen");
        assertTrue(same(before, after, "12"), "block 4's last convolution is frozen");
        assertFalse(same(before, after, "16"), "block 5's last convolution is fine-tuned");
        assertFalse(same(before, after, TransferBuilder.OUTPUT), "the new head learned");
        float[] p = trained.model().probabilities(SpotFaces.make(1, 3).get(0).pixels());
        assertEquals(1.0, p[0] + p[1] + p[2] + p[3] + p[4] + p[5] + p[6], 1e-4);
        trained.model().close();
    }

    @Test
    void freezingEverythingOrAnUnknownLayerIsRefusedWithTheReason() {
        MultiLayerNetwork parent = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(5));
        Backbone b = new Backbone(parent, InputSpec.NATIVE, ClassOrder.canonical());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> TransferBuilder.build(b,
                new TransferSettings("nope", HeadSpec.parse("softmax"), null), 1, 1e-3, null));
        assertTrue(unknown.getMessage().contains("no layer of that name"), unknown.getMessage());
        IllegalArgumentException all = assertThrows(IllegalArgumentException.class, () -> TransferBuilder.build(b,
                new TransferSettings(String.valueOf(parent.getnLayers()), null, null), 1, 1e-3, null));
        assertTrue(all.getMessage().contains("nothing would"), all.getMessage());
        IllegalArgumentException noClasses = assertThrows(IllegalArgumentException.class, () -> TransferBuilder.build(
                new Backbone(parent, InputSpec.NATIVE, null), new TransferSettings(null, null, null), 1, 1e-3, null));
        assertTrue(noClasses.getMessage().contains("--head"), noClasses.getMessage());
    }

    @Test
    void headSpecsParseAndRefuseUnknownParts() {
        assertEquals("dense:256,dropout:0.5,softmax", HeadSpec.parse("dense:256, dropout:0.5").describe());
        assertEquals("gap,dense:64,softmax", HeadSpec.parse("GAP,dense:64,softmax").describe());
        assertEquals("softmax", HeadSpec.parse("").describe());
        assertThrows(IllegalArgumentException.class, () -> HeadSpec.parse("dense:lots"));
        assertThrows(IllegalArgumentException.class, () -> HeadSpec.parse("dropout:1.5"));
        assertThrows(IllegalArgumentException.class, () -> HeadSpec.parse("lstm:3"));
    }
}
