package org.emotionworkbench.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keras' ReduceLROnPlateau: multiplies the learning rate by the factor after {@code patience} flat epochs. */
final class LrReductionRule implements EpochRule {
    private static final Logger LOG = LoggerFactory.getLogger(LrReductionRule.class);

    private final ReduceLrOnPlateau settings;
    private double best;
    private int wait;

    LrReductionRule(ReduceLrOnPlateau settings, double bestSoFar, int waitSoFar) {
        this.settings = settings;
        this.best = bestSoFar;
        this.wait = waitSoFar;
    }

    /** The best monitored value this rule has seen (saved in a resume point). */
    double best() {
        return best;
    }

    /** Flat epochs counted so far (saved in a resume point). */
    int waited() {
        return wait;
    }

    @Override
    public Stop afterEpoch(EpochView epoch) {
        double value = settings.monitor().valueOf(epoch.metrics());
        if (settings.monitor().improves(value, best, settings.minDelta())) {
            best = value;
            wait = 0;
        } else if (++wait >= settings.patience() && epoch.learningRate() > settings.minLr()) {
            double lr = Math.max(epoch.learningRate() * settings.factor(), settings.minLr());
            LOG.info("epoch {}: reducing learning rate from {} to {}", epoch.metrics().epoch(), epoch.learningRate(), lr);
            epoch.setLearningRate(lr);
            wait = 0;
        }
        return null;
    }
}
