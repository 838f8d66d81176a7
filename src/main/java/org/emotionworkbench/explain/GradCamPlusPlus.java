package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;

import java.util.ArrayList;
import java.util.List;

/**
 * Grad-CAM++ (Chattopadhay et al. 2018) with the usual exponential-score closed form: per pixel
 * α = g² / (2g² + Σ_ab A·g³), channel weight w_k = Σ_ij α·ReLU(g), map ReLU(Σ_k w_k·A_k).
 */
public final class GradCamPlusPlus implements HeatmapMethod {
    @Override
    public String name() {
        return "gradcam++";
    }

    @Override
    public List<Explanation> explain(CamNetwork network, float[][] images, CamNetwork.ClassChoice choice) {
        CamNetwork.Pass pass = network.pass(images, choice, true);
        List<Explanation> out = new ArrayList<>(pass.n());
        int plane = pass.plane();
        float[] a = pass.activations();
        float[] g = pass.gradients();
        for (int i = 0; i < pass.n(); i++) {
            double[] weights = new double[pass.channels()];
            for (int k = 0; k < weights.length; k++) {
                int base = pass.offset(i) + k * plane;
                double sumA = 0;
                for (int p = 0; p < plane; p++) {
                    sumA += a[base + p];
                }
                double w = 0;
                for (int p = 0; p < plane; p++) {
                    double gi = g[base + p];
                    if (gi == 0) {
                        continue;
                    }
                    double g2 = gi * gi;
                    double denominator = 2 * g2 + sumA * g2 * gi;
                    double alpha = denominator == 0 ? 0 : g2 / denominator;
                    w += alpha * Math.max(0, gi);
                }
                weights[k] = w;
            }
            float[] cam = HeatmapMath.weightedReluSum(a, pass.offset(i), pass.channels(), pass.height(), pass.width(), weights);
            out.add(new Explanation(Emotion.values()[pass.classes()[i]], pass.probabilities()[i],
                    pass.heatmap(cam)));
        }
        return out;
    }
}
