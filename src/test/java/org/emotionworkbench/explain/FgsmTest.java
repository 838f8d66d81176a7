package org.emotionworkbench.explain;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.training.Trainer;
import org.emotionworkbench.training.TrainingData;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FgsmTest {
    private static final ModelSpec BN_NET = new ModelSpec("bn", List.of(
            Conv2D.of(4), BatchNorm.keras(), MaxPool2D.of(2), Conv2D.of(6), MaxPool2D.of(2), BatchNorm.keras(),
            new Dropout(0.3), new Flatten(), Dense.of(12), BatchNorm.keras(), Output.emotions()));

    private static double loss(MultiLayerNetwork net, double[] image, int truth) {
        try (INDArray x = Nd4j.createFromArray(image).reshape(1, 1, ImageGeometry.SIDE, ImageGeometry.SIDE);
             INDArray p = net.output(x, false)) {
            return -Math.log(p.getDouble(0, truth));
        }
    }

    @Test
    void inputLossGradientMatchesFiniteDifferences() {
        MultiLayerNetwork net = CamGradientTest.randomDoubleNet(BN_NET, 3);
        Random rng = new Random(1);
        float[] image = new float[ImageGeometry.PIXELS];
        for (int p = 0; p < image.length; p++) {
            image[p] = rng.nextFloat();
        }
        int truth = Emotion.SAD.ordinal();
        float[] g = CamNetwork.of(net, null).lossGradientWrtInput(new float[][]{image}, new int[]{truth})[0];
        for (int trial = 0; trial < 3; trial++) {
            double[] d = new double[image.length];
            double analytic = 0;
            for (int p = 0; p < d.length; p++) {
                d[p] = rng.nextGaussian();
                analytic += g[p] * d[p];
            }
            double h = 1e-5;
            double[] plus = new double[image.length];
            double[] minus = new double[image.length];
            for (int p = 0; p < d.length; p++) {
                plus[p] = image[p] + h * d[p];
                minus[p] = image[p] - h * d[p];
            }
            double numeric = (loss(net, plus, truth) - loss(net, minus, truth)) / (2 * h);
            assertEquals(numeric, analytic, 1e-3 * Math.max(1, Math.abs(numeric)), "direction " + trial);
        }
    }

    @Test
    void perturbationLowersAccuracyOfATrainedNetAndEpsilonZeroIsTheCleanAccuracy() {
        List<Sample> train = SpotImages.samples(SpotImages.make(20, 1));
        List<Sample> test = SpotImages.samples(SpotImages.make(6, 2));
        MultiLayerNetwork net = new Trainer(TrainingOptions.of(4, 16, 3e-3, 7)).train(Presets.get("tiny"),
                new TrainingData(train, test)).network();
        float[][] probs = Inference.probabilities(net, test, 64);
        double clean = Inference.lossAndAccuracy(test, probs)[1];
        Map<Integer, Double> acc = Fgsm.accuracy(net, test, List.of(0, 8, 32));
        assertEquals(clean, acc.get(0), 1e-12);
        assertTrue(acc.get(8) < clean, acc + " vs clean " + clean);
        assertTrue(acc.get(32) <= acc.get(8), acc.toString());
        assertThrows(IllegalArgumentException.class, () -> Fgsm.accuracy(net, test, List.of(-1)));
    }
}
