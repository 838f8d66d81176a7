package org.emotionworkbench.training;

/** Published after every training batch. Accuracy and loss are running means over the epoch so far. */
public record BatchProgress(int epoch, int maxEpochs, int batch, int batchesPerEpoch, double batchLoss,
                            double meanLoss, double meanAccuracy, double learningRate, double elapsedSeconds,
                            double etaSeconds) {
    /** Fraction of the whole run (all epochs) done, in [0,1]. */
    public double fractionDone() {
        return ((epoch - 1) + (double) batch / batchesPerEpoch) / maxEpochs;
    }
}
