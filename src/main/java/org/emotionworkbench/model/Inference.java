package org.emotionworkbench.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.Sample;

import java.util.List;

/** Class probabilities for many samples, in inference mode, batch by batch; native memory freed per batch. */
public final class Inference {
    public static final int DEFAULT_BATCH = 256;

    private Inference() {
    }

    /** probabilities[i][c] for sample i and class c (canonical order): the network as a {@link LoadedModel}. */
    public static float[][] probabilities(MultiLayerNetwork net, List<Sample> samples, int batchSize) {
        return LoadedModel.of(net).probabilities(samples, batchSize); // a view: closing it would free the network
    }

    public static int argmax(float[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Mean categorical cross-entropy (unweighted, as Keras reports val_loss) and accuracy. */
    public static double[] lossAndAccuracy(List<Sample> samples, float[][] probabilities) {
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < samples.size(); i++) {
            Emotion truth = samples.get(i).label();
            float p = probabilities[i][truth.ordinal()];
            loss += -Math.log(Math.max(p, 1e-7));
            if (argmax(probabilities[i]) == truth.ordinal()) {
                correct++;
            }
        }
        return new double[]{loss / samples.size(), (double) correct / samples.size()};
    }
}
