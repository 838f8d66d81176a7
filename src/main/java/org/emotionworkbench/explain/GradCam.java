package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;

import java.util.ArrayList;
import java.util.List;

/**
 * Grad-CAM (Selvaraju et al. 2017): channel weights are the spatial means of d(score_c)/dA, the map is
 * ReLU(Σ_k w_k·A_k), upsampled bilinearly to the model's input, mapped onto the 48×48 face and scaled to [0,1].
 */
public final class GradCam implements HeatmapMethod {
    @Override
    public String name() {
        return "gradcam";
    }

    @Override
    public List<Explanation> explain(CamNetwork network, float[][] images, CamNetwork.ClassChoice choice) {
        CamNetwork.Pass pass = network.pass(images, choice, true);
        List<Explanation> out = new ArrayList<>(pass.n());
        for (int i = 0; i < pass.n(); i++) {
            double[] weights = channelWeights(pass, i);
            float[] cam = HeatmapMath.weightedReluSum(pass.activations(), pass.offset(i), pass.channels(),
                    pass.height(), pass.width(), weights);
            out.add(new Explanation(Emotion.values()[pass.classes()[i]], pass.probabilities()[i],
                    pass.heatmap(cam)));
        }
        return out;
    }

    /** Spatial mean of the gradient, per channel. */
    static double[] channelWeights(CamNetwork.Pass pass, int image) {
        int plane = pass.plane();
        double[] w = new double[pass.channels()];
        float[] g = pass.gradients();
        for (int k = 0; k < w.length; k++) {
            int base = pass.offset(image) + k * plane;
            double sum = 0;
            for (int p = 0; p < plane; p++) {
                sum += g[base + p];
            }
            w[k] = sum / plane;
        }
        return w;
    }
}
