package org.emotionworkbench.training;

/** One row of a run's history: the epoch (1-based) and its metrics; seconds is that epoch's wall time. */
public record EpochMetrics(int epoch, double loss, double accuracy, double valLoss, double valAccuracy,
                           double learningRate, double seconds) {
}
