package org.emotionworkbench.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A validation metric watched by early stopping, checkpoints and learning-rate reduction. */
public enum Monitor {
    VAL_LOSS("val_loss", false), VAL_ACCURACY("val_accuracy", true);

    private final String key;
    private final boolean higherIsBetter;

    Monitor(String key, boolean higherIsBetter) {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
    }

    public double valueOf(EpochMetrics m) {
        return this == VAL_LOSS ? m.valLoss() : m.valAccuracy();
    }

    /** Keras' rule: an improvement must beat the best by more than {@code minDelta}. */
    public boolean improves(double candidate, double best, double minDelta) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(best)) {
            return true;
        }
        return higherIsBetter ? candidate - minDelta > best : candidate + minDelta < best;
    }

    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static Monitor parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        for (Monitor m : values()) {
            if (m.key.equals(t) || m.name().equalsIgnoreCase(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("monitor must be val_loss or val_accuracy, got '" + text + "'");
    }
}
