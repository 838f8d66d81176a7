package org.emotionworkbench.training;

import java.util.Locale;

/**
 * Keras' EarlyStopping: ends training when the best epoch is {@code patience} epochs old. The best epoch itself is
 * judged by the trainer with this rule's monitor and min-delta; the rule counts the epochs since.
 */
final class EarlyStoppingRule implements EpochRule {
    private final EarlyStopping settings;
    private int wait;

    EarlyStoppingRule(EarlyStopping settings, int waitSoFar) {
        this.settings = settings;
        this.wait = waitSoFar;
    }

    /** Epochs since the last improvement (saved in a resume point). */
    int waited() {
        return wait;
    }

    @Override
    public Stop afterEpoch(EpochView epoch) {
        wait = epoch.improved() ? 0 : wait + 1;
        if (wait < settings.patience()) {
            return null;
        }
        return new Stop(StopReason.EARLY_STOPPED, String.format(Locale.ROOT, "early stopping after epoch %d: %s did "
                        + "not improve for %d epochs (best %.4f at epoch %d)", epoch.metrics().epoch(),
                settings.monitor().key(), settings.patience(), epoch.best(), epoch.bestEpoch()));
    }
}
