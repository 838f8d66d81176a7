package org.emotionworkbench.training;

/** Published after every epoch's validation: its metrics, whether it is the best so far, and the ETA. */
public record EpochResult(EpochMetrics metrics, int maxEpochs, boolean best, int bestEpoch, double elapsedSeconds,
                          double etaSeconds) {
}
