package org.emotionworkbench.explain;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.transferlearning.FineTuneConfiguration;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fine-tuned model with frozen layers is explained like the same model unfrozen: DL4J's FrozenLayer passes no
 * gradient to its input, so the explanation looks through it (before, Grad-CAM below a frozen layer and FGSM failed).
 */
class FrozenLayersExplainTest {
    @Test
    void gradCamAndFgsmSeeThroughFrozenLayers() {
        MultiLayerNetwork plain = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(5));
        MultiLayerNetwork frozen = new TransferLearning.Builder(plain.clone())
                .fineTuneConfiguration(new FineTuneConfiguration.Builder().build())
                .setFeatureExtractor(2).build();
        assertTrue(frozen.getLayer(0) instanceof org.deeplearning4j.nn.layers.FrozenLayer, "layers 0-2 frozen");
        Random r = new Random(3);
        List<Sample> faces = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            float[] px = new float[48 * 48];
            for (int k = 0; k < px.length; k++) {
                px[k] = r.nextFloat();
            }
            faces.add(new Sample("f" + i, Emotion.values()[i % 7], px));
        }
        LoadedModel a = LoadedModel.of(plain);
        LoadedModel b = LoadedModel.of(frozen);
        String layer = CamNetwork.of(a, null).layerName();
        CamNetwork camA = CamNetwork.of(a, layer);
        CamNetwork camB = CamNetwork.of(b, layer);
        assertEquals(camA.layerName(), camB.layerName(), "the frozen convolution is still offered");
        float[][] images = faces.stream().map(Sample::pixels).toArray(float[][]::new);
        CamNetwork.Pass pa = camA.pass(images, CamNetwork.ClassChoice.predicted(), true);
        CamNetwork.Pass pb = camB.pass(images, CamNetwork.ClassChoice.predicted(), true);
        assertArrayEquals(pa.gradients(), pb.gradients(), 1e-6f);
        Map<Integer, Double> fa = Fgsm.accuracy(a, faces, List.of(0, 4));
        Map<Integer, Double> fb = Fgsm.accuracy(b, faces, List.of(0, 4));
        assertEquals(fa, fb);
    }
}
