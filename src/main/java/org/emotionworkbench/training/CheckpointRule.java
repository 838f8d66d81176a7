package org.emotionworkbench.training;

import java.nio.file.Path;

/** Saves the model at every new best epoch (Keras' ModelCheckpoint with save_best_only). */
final class CheckpointRule implements EpochRule {
    private final Path file;

    CheckpointRule(Path file) {
        this.file = file;
    }

    @Override
    public Stop afterEpoch(EpochView epoch) {
        if (epoch.improved()) {
            epoch.saveModel(file);
        }
        return null;
    }
}
