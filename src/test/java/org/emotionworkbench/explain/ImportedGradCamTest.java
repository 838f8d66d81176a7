package org.emotionworkbench.explain;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkRelease;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Heatmaps of the real imported FER2013 mini-Xception (a Keras graph, 64×64 channels last, FER2013 class order). */
class ImportedGradCamTest {

    @Test
    void gradCamExplainsTheArgmaxClassWithAFiniteNonUniformHeatmap() {
        LoadedModel model = ImportedModels.miniXception();
        CamNetwork cam = CamNetwork.of(model, null);
        assertEquals("conv2d_7", cam.layerName(), "the last convolution layer");
        float[][] faces = ImportedModels.ferFaces("happy", 4).toArray(float[][]::new);
        List<Explanation> ex = new GradCam().explain(cam, faces, CamNetwork.ClassChoice.predicted());
        for (int i = 0; i < faces.length; i++) {
            float[] p = model.probabilities(faces[i]);
            assertArrayEquals(p, ex.get(i).probabilities(), 1e-5f);
            Emotion argmax = Emotion.values()[Inference.argmax(p)];
            assertEquals(argmax, ex.get(i).target(), "face " + i);
            assertNonUniform(ex.get(i).heatmap());
        }
    }

    @Test
    void theLayerChoiceListsConvolutionsAndTheSpatialVerticesAfterThem() {
        List<String> layers = CamNetwork.explainableLayers(ImportedModels.miniXception());
        for (String name : List.of("conv2d_1", "batch_normalization_1", "activation_1", "separable_conv2d_1_depthwise",
                "separable_conv2d_1", "add_1", "add_4", "conv2d_7")) {
            assertTrue(layers.contains(name), name + " in " + layers);
        }
        for (String name : List.of("input_1", "max_pooling2d_1", "global_average_pooling2d_1", "predictions")) {
            assertFalse(layers.contains(name), name + " not in " + layers);
        }
        assertTrue(layers.indexOf("conv2d_1") < layers.indexOf("add_1") && layers.indexOf("add_1") < layers.indexOf("conv2d_7"),
                "input side first: " + layers);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CamNetwork.of(ImportedModels.miniXception(), "predictions"));
        assertTrue(e.getMessage().contains("no convolution layer named 'predictions'") && e.getMessage().contains("add_4"),
                e.getMessage());
    }

    /**
     * At the last 1×1 convolution (7 channels, then global average pooling and softmax) Grad-CAM for a class is the
     * ReLU of that class's channel: neutral is output 6 in FER2013 order (canonical ordinal 4), so the heatmap for
     * neutral must be channel 6's, and its probability the model's raw output 6.
     */
    @Test
    void theExplainedClassIsTheModelsOutputForThatEmotionInItsOwnOrder() {
        LoadedModel model = ImportedModels.miniXception();
        CamNetwork cam = CamNetwork.of(model, "conv2d_7");
        float[] face = ImportedModels.ferFaces("neutral", 1).get(0);
        Explanation e = new GradCam().explain(cam, new float[][]{face}, CamNetwork.ClassChoice.fixed(Emotion.NEUTRAL)).get(0);
        assertEquals(Emotion.NEUTRAL, e.target());
        try (INDArray x = model.input().features(face); INDArray raw = model.output(x)) {
            assertEquals(raw.getFloat(0, 6), e.targetProbability(), 1e-6f);
        }
        CamNetwork.Pass pass = cam.pass(new float[][]{face}, CamNetwork.ClassChoice.fixed(Emotion.NEUTRAL), false);
        assertEquals(7, pass.channels());
        float[] relu = new float[pass.plane()];
        for (int p = 0; p < relu.length; p++) {
            relu[p] = Math.max(0, pass.activations()[6 * pass.plane() + p]);
        }
        assertArrayEquals(pass.heatmap(relu).values(), e.heatmap().values(), 1e-5f);
        assertThrows(IllegalArgumentException.class, () -> cam.pass(new float[][]{face}, (i, p) -> null, false));
    }

    @Test
    void gradCamPlusPlusScoreCamTrustMeansAndComparisonWorkOnTheImportedModel() {
        LoadedModel model = ImportedModels.miniXception();
        CamNetwork cam = CamNetwork.of(model, "add_4");
        float[][] faces = ImportedModels.ferFaces("sad", 2).toArray(float[][]::new);
        MeanHeatmapAccumulator means = new MeanHeatmapAccumulator();
        // Score-CAM costs a forward pass per channel: the last convolution's 7 rather than add_4's 128
        for (HeatmapMethod method : List.of(new GradCamPlusPlus(), new ScoreCam())) {
            CamNetwork at = method instanceof ScoreCam ? cam.withLayer("conv2d_7") : cam;
            List<Explanation> ex = method.explain(at, faces, CamNetwork.ClassChoice.fixed(Emotion.SAD));
            for (int i = 0; i < faces.length; i++) {
                assertEquals(Emotion.SAD, ex.get(i).target());
                assertNonUniform(ex.get(i).heatmap());
                means.add(ex.get(i).target(), ex.get(i).heatmap(), faces[i]);
            }
            for (TrustScore t : TrustScore.measure(at, faces, ex, 1)) {
                assertTrue(Double.isFinite(t.score()), t.toString());
            }
        }
        assertEquals(4, means.count(Emotion.SAD));
        // the same face and class explained by the imported graph and by one of the workbench's own networks
        MultiLayerNetwork own = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(2));
        try {
            Explanation a = new GradCam().explain(cam, faces, CamNetwork.ClassChoice.fixed(Emotion.SAD)).get(0);
            Explanation b = new GradCam().explain(CamNetwork.of(own, null), faces, CamNetwork.ClassChoice.fixed(Emotion.SAD)).get(0);
            double d = HeatmapComparison.of(a, b).meanAbsoluteDifference();
            assertTrue(d > 0 && d <= 1, "difference " + d);
        } finally {
            NetworkRelease.release(own);
        }
    }

    /** FGSM's gradient is taken back through the model's [-1, 1] scaling and the 48→64 resize to the face's pixels. */
    @Test
    void theInputLossGradientOfTheImportedGraphMatchesFiniteDifferencesOnTheFace() {
        LoadedModel model = ImportedModels.miniXceptionDouble();
        CamNetwork cam = CamNetwork.of(model, null);
        float[] face = ImportedModels.ferFaces("fear", 1).get(0).clone();
        for (int p = 0; p < face.length; p++) {
            face[p] = 0.05f + 0.9f * face[p]; // away from 0 and 1, where the resize clamps
        }
        int truth = Emotion.FEAR.ordinal();
        float[] g = cam.lossGradientWrtInput(new float[][]{face}, new int[]{truth})[0];
        assertEquals(ImageGeometry.PIXELS, g.length);
        Random rng = new Random(2);
        int out = model.classes().indexOf(Emotion.FEAR);
        for (int trial = 0; trial < 3; trial++) {
            // a random direction over an 8×8 patch: few enough units downstream that no ReLU changes sides
            float[] plus = face.clone();
            float[] minus = face.clone();
            double analytic = 0;
            float h = 1e-5f;
            int x0 = 8 + rng.nextInt(24);
            int y0 = 8 + rng.nextInt(24);
            for (int y = y0; y < y0 + 8; y++) {
                for (int x = x0; x < x0 + 8; x++) {
                    int p = y * ImageGeometry.SIDE + x;
                    float d = (float) rng.nextGaussian();
                    plus[p] += h * d;
                    minus[p] -= h * d;
                    analytic += g[p] * ((plus[p] - minus[p]) / (2.0 * h));
                }
            }
            double numeric = (loss(cam, plus, out) - loss(cam, minus, out)) / (2 * h);
            assertEquals(numeric, analytic, 2e-3 * Math.max(1, Math.abs(numeric)), "direction " + trial);
        }
    }

    /** −log p(output) in double precision. */
    private static double loss(CamNetwork cam, float[] face, int output) {
        try (INDArray x = cam.input(new float[][]{face}); INDArray p = cam.model().output(x)) {
            return -Math.log(p.getDouble(0, output));
        }
    }

    @Test
    void fgsmAccuracyOfTheImportedModelStartsAtItsCleanAccuracy() {
        LoadedModel model = ImportedModels.miniXception();
        List<Sample> samples = new ArrayList<>();
        for (Emotion e : List.of(Emotion.HAPPY, Emotion.SURPRISE, Emotion.NEUTRAL)) {
            for (float[] f : ImportedModels.ferFaces(e.label(), 4)) {
                samples.add(new Sample(e.label(), e, f));
            }
        }
        float[][] probs = model.probabilities(samples, 32);
        double clean = Inference.lossAndAccuracy(samples, probs)[1];
        Map<Integer, Double> acc = Fgsm.accuracy(model, samples, List.of(0, 16));
        assertEquals(clean, acc.get(0), 1e-12);
        assertTrue(acc.get(16) <= clean, acc + " vs clean " + clean);
    }

    private static void assertNonUniform(Heatmap h) {
        float min = 1;
        float max = 0;
        for (float x : h.values()) {
            assertTrue(Float.isFinite(x));
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        assertEquals(1f, max, 1e-6f, "normalised");
        assertTrue(min < 0.5f, "not uniform: min " + min);
    }
}
