package org.emotionworkbench.explain;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.LoadedModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Robustness under the fast gradient sign method: each image moves by ε in the sign of its loss gradient
 * (inference mode, true class) and is clipped to [0,1]; accuracy is measured at every ε. ε is in pixel units of
 * 1/255, so {@code 0, 1, 2, 4, 8} are the usual small perturbations of an 8-bit image.
 */
public final class Fgsm {
    public static final List<Integer> DEFAULT_EPSILONS = List.of(0, 1, 2, 4, 8);
    private static final int BATCH = 64;

    private Fgsm() {
    }

    /** Accuracy per ε (in 1/255 units), in the order given. */
    public static Map<Integer, Double> accuracy(MultiLayerNetwork net, List<Sample> samples, List<Integer> epsilons) {
        return accuracy(LoadedModel.of(net), samples, epsilons);
    }

    /**
     * Accuracy per ε of any loaded model; the perturbation is made on the 48×48 faces (the gradient taken back through
     * the model's resizing and scaling), so ε means the same for every model.
     */
    public static Map<Integer, Double> accuracy(LoadedModel model, List<Sample> samples, List<Integer> epsilons) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no images for the robustness test");
        }
        for (int e : epsilons) {
            if (e < 0 || e > 255) {
                throw new IllegalArgumentException("FGSM epsilon must be in 0..255 (units of 1/255), got " + e);
            }
        }
        CamNetwork cam = CamNetwork.of(model, null);
        int[] correct = new int[epsilons.size()];
        for (int from = 0; from < samples.size(); from += BATCH) {
            List<Sample> batch = samples.subList(from, Math.min(samples.size(), from + BATCH));
            float[][] images = batch.stream().map(Sample::pixels).toArray(float[][]::new);
            int[] truth = batch.stream().mapToInt(s -> s.label().ordinal()).toArray();
            float[][] grad = cam.lossGradientWrtInput(images, truth);
            for (int k = 0; k < epsilons.size(); k++) {
                float eps = epsilons.get(k) / 255f;
                float[][] adv = new float[images.length][];
                for (int i = 0; i < images.length; i++) {
                    adv[i] = new float[images[i].length];
                    for (int p = 0; p < adv[i].length; p++) {
                        float step = grad[i][p] > 0 ? eps : grad[i][p] < 0 ? -eps : 0f;
                        adv[i][p] = Math.min(1f, Math.max(0f, images[i][p] + step));
                    }
                }
                float[][] probs = cam.probabilities(adv);
                for (int i = 0; i < probs.length; i++) {
                    if (Inference.argmax(probs[i]) == truth[i]) {
                        correct[k]++;
                    }
                }
            }
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < epsilons.size(); k++) {
            out.put(epsilons.get(k), (double) correct[k] / samples.size());
        }
        return out;
    }

    /** A seeded subset of at most {@code max} samples (all of them when there are fewer). */
    public static List<Sample> subset(List<Sample> samples, int max, long seed) {
        if (samples.size() <= max) {
            return samples;
        }
        List<Sample> copy = new ArrayList<>(samples);
        java.util.Collections.shuffle(copy, new java.util.Random(seed));
        return copy.subList(0, max);
    }
}
