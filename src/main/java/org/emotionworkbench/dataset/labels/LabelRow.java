package org.emotionworkbench.dataset.labels;

import org.emotionworkbench.dataset.Emotion;

import java.util.Objects;

/**
 * One image's label in a labels CSV: the file (relative to the images folder, or absolute), its class (null when
 * undecided), who decided ({@link LabelOrigin}), the model's confidence and probability vector (null for human rows
 * without them), and whether it awaits review (a model label under the confidence threshold).
 */
public record LabelRow(String file, Emotion label, LabelOrigin origin, double confidence, boolean review,
                       float[] probabilities) {
    public LabelRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(origin, "origin");
        if (file.isBlank()) {
            throw new IllegalArgumentException("a label row needs a file");
        }
        if (probabilities != null && probabilities.length != Emotion.COUNT) {
            throw new IllegalArgumentException("a probability vector has " + Emotion.COUNT + " values, got " + probabilities.length);
        }
        if (origin == LabelOrigin.HUMAN && label == null) {
            throw new IllegalArgumentException("a human label row needs a label: " + file);
        }
    }

    /** A label the dataset may use: a human label, or a model label not awaiting review. */
    public boolean usable() {
        return label != null && (origin == LabelOrigin.HUMAN || !review);
    }

    public static LabelRow human(String file, Emotion label) {
        return new LabelRow(file, label, LabelOrigin.HUMAN, 1.0, false, null);
    }
}
