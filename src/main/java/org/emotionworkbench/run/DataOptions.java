package org.emotionworkbench.run;

import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.training.Balancing;

/**
 * Where a run's data comes from and how it is prepared: the training root, an optional held-out test root
 * (another dataset for a cross-dataset test), the stratified validation fraction, whether train+test of the
 * training root are consolidated into one pool, augmentation (null = none) and imbalance handling.
 */
public record DataOptions(String trainRoot, String testRoot, double validationFraction, boolean consolidate,
                          AugmentationOptions augmentation, Balancing balancing) {
    public DataOptions {
        if (trainRoot == null || trainRoot.isBlank()) {
            throw new IllegalArgumentException("a training dataset root is required");
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation split must be in (0, 1), got " + validationFraction);
        }
        balancing = balancing == null ? Balancing.NONE : balancing;
    }
}
