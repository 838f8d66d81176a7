package org.emotionworkbench.run;

import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.training.Balancing;

/**
 * Where a run's data comes from and how it is prepared: the training root, an optional held-out test root
 * (another dataset for a cross-dataset test), the stratified validation fraction, whether train+test of the
 * training root are consolidated into one pool, augmentation (null = none), imbalance handling, and whether
 * training images whose pixels equal a test image's are left out (FER2013 has 568 such test images).
 */
public record DataOptions(String trainRoot, String testRoot, double validationFraction, boolean consolidate,
                          AugmentationOptions augmentation, Balancing balancing, boolean excludeTestDuplicates) {
    public DataOptions(String trainRoot, String testRoot, double validationFraction, boolean consolidate,
                       AugmentationOptions augmentation, Balancing balancing) {
        this(trainRoot, testRoot, validationFraction, consolidate, augmentation, balancing, false);
    }

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
