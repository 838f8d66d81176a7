package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;

import java.util.Objects;

/** One image's heatmap for {@code target}, with the class probabilities of the unaltered image. */
public record Explanation(Emotion target, float[] probabilities, Heatmap heatmap) {
    public Explanation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(heatmap, "heatmap");
        if (probabilities == null || probabilities.length != Emotion.COUNT) {
            throw new IllegalArgumentException("need " + Emotion.COUNT + " probabilities");
        }
        probabilities = probabilities.clone();
    }

    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }

    public float targetProbability() {
        return probabilities[target.ordinal()];
    }

    public Emotion predicted() {
        return Emotion.values()[org.emotionworkbench.model.Inference.argmax(probabilities)];
    }
}
