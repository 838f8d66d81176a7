package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Score-CAM (Wang et al. 2020): no gradients. Each channel's activation map, mapped onto the 48×48 face and scaled
 * to [0,1], masks the face; the class probability of the masked face is that channel's weight; the map is
 * ReLU(Σ_k w_k·A_k).
 * Costs one forward pass per channel, in batches of {@value #BATCH}.
 */
public final class ScoreCam implements HeatmapMethod {
    static final int BATCH = 64;

    @Override
    public String name() {
        return "scorecam";
    }

    @Override
    public List<Explanation> explain(CamNetwork network, float[][] images, CamNetwork.ClassChoice choice) {
        CamNetwork.Pass pass = network.pass(images, choice, false);
        List<Explanation> out = new ArrayList<>(pass.n());
        for (int i = 0; i < pass.n(); i++) {
            int c = pass.classes()[i];
            double[] weights = new double[pass.channels()];
            List<Integer> pending = new ArrayList<>();
            List<float[]> masked = new ArrayList<>();
            for (int k = 0; k < pass.channels(); k++) {
                float[] mask = pass.faceMap(i, k);
                if (isZero(mask)) {
                    continue; // a constant channel carries no location; weight 0
                }
                float[] x = new float[ImageGeometry.PIXELS];
                for (int p = 0; p < x.length; p++) {
                    x[p] = images[i][p] * mask[p];
                }
                pending.add(k);
                masked.add(x);
                if (masked.size() == BATCH || k == pass.channels() - 1) {
                    score(network, pending, masked, c, weights);
                }
            }
            score(network, pending, masked, c, weights);
            float[] cam = HeatmapMath.weightedReluSum(pass.activations(), pass.offset(i), pass.channels(),
                    pass.height(), pass.width(), weights);
            out.add(new Explanation(Emotion.values()[c], pass.probabilities()[i],
                    pass.heatmap(cam)));
        }
        return out;
    }

    private static void score(CamNetwork network, List<Integer> channels, List<float[]> masked, int c, double[] weights) {
        if (masked.isEmpty()) {
            return;
        }
        float[][] p = network.probabilities(masked.toArray(new float[0][]));
        for (int j = 0; j < p.length; j++) {
            weights[channels.get(j)] = p[j][c];
        }
        channels.clear();
        masked.clear();
    }

    private static boolean isZero(float[] v) {
        for (float x : v) {
            if (x != 0f) {
                return false;
            }
        }
        return true;
    }
}
