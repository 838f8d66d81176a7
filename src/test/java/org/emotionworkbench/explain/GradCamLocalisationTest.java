package org.emotionworkbench.explain;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.training.Trainer;
import org.emotionworkbench.training.TrainingData;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trained on images whose class is only the spot's position, Grad-CAM for the true class points at the spot. */
class GradCamLocalisationTest {
    private static MultiLayerNetwork net;
    private static List<SpotImages.Spot> test;

    @BeforeAll
    static void train() {
        List<SpotImages.Spot> train = SpotImages.make(20, 1);
        List<SpotImages.Spot> validation = SpotImages.make(6, 2);
        test = SpotImages.make(10, 3);
        net = new Trainer(TrainingOptions.of(5, 16, 3e-3, 7))
                .train(Presets.get("tiny"), new TrainingData(SpotImages.samples(train), SpotImages.samples(validation)))
                .network();
    }

    @AfterAll
    static void close() {
        net.close();
    }

    private static double hitRate(HeatmapMethod method) {
        CamNetwork cam = CamNetwork.of(net, null);
        float[][] images = test.stream().map(s -> s.sample().pixels()).toArray(float[][]::new);
        int[] truth = test.stream().mapToInt(s -> s.sample().label().ordinal()).toArray();
        List<Explanation> ex = method.explain(cam, images, CamNetwork.ClassChoice.perImage(truth));
        int hits = 0;
        for (int i = 0; i < ex.size(); i++) {
            Heatmap h = ex.get(i).heatmap();
            double d = Math.hypot(h.peakX() - test.get(i).centreX(), h.peakY() - test.get(i).centreY());
            if (d <= 6) {
                hits++;
            }
        }
        double rate = (double) hits / ex.size();
        System.out.printf("%s localisation hit rate %.3f (%d/%d)%n", method.name(), rate, hits, ex.size());
        return rate;
    }

    @Test
    void gradCamPeakForTheTrueClassLandsOnTheSpot() {
        assertTrue(hitRate(new GradCam()) >= 0.9);
    }

    @Test
    void gradCamPlusPlusPeakLandsOnTheSpot() {
        assertTrue(hitRate(new GradCamPlusPlus()) >= 0.9);
    }

    @Test
    void scoreCamPeakLandsOnTheSpot() {
        assertTrue(hitRate(new ScoreCam()) >= 0.9);
    }
}
