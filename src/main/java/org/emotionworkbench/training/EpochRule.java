package org.emotionworkbench.training;

/**
 * A rule the {@link Trainer} applies after every validated epoch, once the best epoch is updated and before the
 * listeners hear of the epoch: saving a checkpoint, stopping on divergence, early stopping, reducing the learning rate
 * on a plateau. Rules run in order; the first that stops training ends the round (the later ones do not run).
 */
public interface EpochRule {
    /**
     * Looks at the epoch just validated.
     *
     * @return why training ends after this epoch, or null to go on
     */
    Stop afterEpoch(EpochView epoch);

    /** Why a rule ends training, and the message the user reads. */
    record Stop(StopReason reason, String message) {
    }

    /** What a rule sees of the run after an epoch, and the changes it may make. */
    interface EpochView {
        EpochMetrics metrics();

        /** Whether this epoch is the best so far by the run's monitor. */
        boolean improved();

        /** The best monitored value so far and its epoch (NaN and 0 before any). */
        double best();

        int bestEpoch();

        double learningRate();

        /** The learning rate from the next epoch on. */
        void setLearningRate(double lr);

        /** Writes the network as it is now (a DL4J model zip with its updater state), atomically. */
        void saveModel(java.nio.file.Path file);
    }
}
