package org.emotionworkbench.ui.datasets;

import java.util.Locale;

/**
 * One line of the "prepared for training" table: a class (or "total"), its training, validation and evaluation
 * counts (evaluation null when unknown) and its class weight (null when weights are not used).
 */
public record PreviewRow(String label, int train, int validation, Integer evaluation, Double weight) {
    public String trainText() {
        return String.format(Locale.ROOT, "%,d", train);
    }

    public String validationText() {
        return String.format(Locale.ROOT, "%,d", validation);
    }

    public String evaluationText() {
        return evaluation == null ? "?" : String.format(Locale.ROOT, "%,d", evaluation);
    }

    public String weightText() {
        return weight == null ? "–" : String.format(Locale.ROOT, "%.3f", weight);
    }
}
