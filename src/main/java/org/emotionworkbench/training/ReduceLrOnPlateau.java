package org.emotionworkbench.training;

/** Keras' ReduceLROnPlateau: multiply the learning rate by {@code factor} after {@code patience} flat epochs. */
public record ReduceLrOnPlateau(Monitor monitor, double factor, int patience, double minDelta, double minLr) {
    public ReduceLrOnPlateau {
        monitor = monitor == null ? Monitor.VAL_LOSS : monitor;
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("LR reduction factor must be in (0, 1), got " + factor);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("LR reduction patience must be at least 1 epoch, got " + patience);
        }
        if (!(minDelta >= 0) || !(minLr >= 0)) {
            throw new IllegalArgumentException("LR reduction min-delta and min-lr must be >= 0");
        }
    }

    /** Keras' defaults except patience: factor 0.1, min_delta 1e-4, min_lr 0. */
    public static ReduceLrOnPlateau of(int patience, double factor) {
        return new ReduceLrOnPlateau(Monitor.VAL_LOSS, factor, patience, 1e-4, 0.0);
    }
}
