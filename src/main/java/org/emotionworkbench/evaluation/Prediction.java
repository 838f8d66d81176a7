package org.emotionworkbench.evaluation;

import java.util.Arrays;
import java.util.Objects;
import org.emotionworkbench.dataset.Emotion;

/**
 * The model's output for one image: its file, the true class if known ({@code null} otherwise), the predicted
 * class and one probability per emotion in canonical {@link Emotion} order.
 */
public record Prediction(String file, Emotion trueLabel, Emotion predicted, float[] probabilities) {

    public Prediction {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("file must not be empty");
        }
        if (predicted == null) {
            throw new IllegalArgumentException("predicted must not be null");
        }
        if (probabilities == null || probabilities.length != Emotion.COUNT) {
            throw new IllegalArgumentException("need " + Emotion.COUNT + " probabilities, got "
                    + (probabilities == null ? "null" : probabilities.length));
        }
        for (float p : probabilities) {
            if (!Float.isFinite(p) || p < 0f || p > 1f) {
                throw new IllegalArgumentException("probability out of [0,1]: " + p + " for " + file);
            }
        }
        probabilities = probabilities.clone();
    }

    public static Prediction of(String file, Emotion trueLabel, Emotion predicted, float[] probabilities) {
        return new Prediction(file, trueLabel, predicted, probabilities);
    }

    /** A defensive copy. */
    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }

    public float probability(Emotion e) {
        return probabilities[e.ordinal()];
    }

    public boolean hasTrueLabel() {
        return trueLabel != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prediction other
                && file.equals(other.file)
                && trueLabel == other.trueLabel
                && predicted == other.predicted
                && Arrays.equals(probabilities, other.probabilities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, trueLabel, predicted) * 31 + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "Prediction[file=" + file + ", true=" + trueLabel + ", predicted=" + predicted
                + ", probabilities=" + Arrays.toString(probabilities) + "]";
    }
}
