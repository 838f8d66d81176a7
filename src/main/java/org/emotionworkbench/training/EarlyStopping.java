package org.emotionworkbench.training;

/** Stop when the monitored metric has not improved by more than minDelta for {@code patience} epochs. */
public record EarlyStopping(Monitor monitor, int patience, double minDelta, boolean restoreBestWeights) {
    public EarlyStopping {
        monitor = monitor == null ? Monitor.VAL_LOSS : monitor;
        if (patience < 1) {
            throw new IllegalArgumentException("early-stopping patience must be at least 1 epoch, got " + patience);
        }
        if (!(minDelta >= 0)) {
            throw new IllegalArgumentException("early-stopping min-delta must be >= 0, got " + minDelta);
        }
    }

    /** The Pisa recipe: val_loss, patience 10, restore best weights. */
    public static EarlyStopping pisa() {
        return new EarlyStopping(Monitor.VAL_LOSS, 10, 0.0, true);
    }
}
