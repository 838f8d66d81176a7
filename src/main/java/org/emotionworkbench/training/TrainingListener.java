package org.emotionworkbench.training;

/**
 * Receives training progress. Called on the training thread: a GUI hands events to its own thread, and nothing
 * here should block for long.
 */
public interface TrainingListener {
    default void onStart(int maxEpochs, int batchesPerEpoch, int trainSamples, int validationSamples) {
    }

    default void onBatch(BatchProgress progress) {
    }

    default void onEpoch(EpochResult result) {
    }

    default void onFinish(TrainingOutcome outcome) {
    }
}
