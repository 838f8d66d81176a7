package org.emotionworkbench.training;

/**
 * Optimisation settings: Adam's learning rate, batch size, the most epochs, the seed, and the optional early
 * stopping and learning-rate reduction. The best epoch (for checkpoints and restored weights) is judged by
 * early stopping's monitor when there is one, otherwise by {@code checkpointMonitor}.
 */
public record TrainingOptions(int maxEpochs, int batchSize, double learningRate, long seed,
                              EarlyStopping earlyStopping, ReduceLrOnPlateau reduceLr, Monitor checkpointMonitor) {
    public TrainingOptions {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + maxEpochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        checkpointMonitor = checkpointMonitor == null ? Monitor.VAL_LOSS : checkpointMonitor;
    }

    public static TrainingOptions of(int maxEpochs, int batchSize, double learningRate, long seed) {
        return new TrainingOptions(maxEpochs, batchSize, learningRate, seed, null, null, Monitor.VAL_LOSS);
    }

    public TrainingOptions withEarlyStopping(EarlyStopping es) {
        return new TrainingOptions(maxEpochs, batchSize, learningRate, seed, es, reduceLr, checkpointMonitor);
    }

    public TrainingOptions withReduceLr(ReduceLrOnPlateau r) {
        return new TrainingOptions(maxEpochs, batchSize, learningRate, seed, earlyStopping, r, checkpointMonitor);
    }

    /** The metric that decides the best epoch. */
    public Monitor bestMonitor() {
        return earlyStopping != null ? earlyStopping.monitor() : checkpointMonitor;
    }
}
