package org.emotionworkbench.training;

/** Ends training once the validation loss is NaN or infinite (a diverged run only gets worse). */
final class DivergenceRule implements EpochRule {
    @Override
    public Stop afterEpoch(EpochView epoch) {
        EpochMetrics m = epoch.metrics();
        if (Double.isFinite(m.valLoss())) {
            return null;
        }
        return new Stop(StopReason.DIVERGED, "training diverged: the validation loss became " + m.valLoss()
                + " at epoch " + m.epoch());
    }
}
