package org.emotionworkbench.ui;

import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.training.Balancing;

/**
 * How the dataset in use is prepared for training, as chosen on the Datasets screen and used by the Training
 * screen: stratified validation fraction, consolidation of train+test, imbalance handling, augmentation (null =
 * none), leaving out train/test duplicates, and an optional other dataset to test on (cross-dataset; null = the
 * dataset's own test split). Validated like the engine's {@link DataOptions}.
 */
public record DataPreparation(double validationFraction, boolean consolidate, Balancing balancing,
                              AugmentationOptions augmentation, boolean excludeTestDuplicates, String testSpec) {
    public DataPreparation {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation split must be between 0 and 1 (exclusive), got "
                    + validationFraction);
        }
        balancing = balancing == null ? Balancing.NONE : balancing;
        testSpec = testSpec == null || testSpec.isBlank() ? null : testSpec;
    }

    public static DataPreparation defaults() {
        return new DataPreparation(0.2, false, Balancing.NONE, null, false, null);
    }

    /** The engine's data options for training on {@code trainSpec}. */
    public DataOptions toDataOptions(String trainSpec) {
        return new DataOptions(trainSpec, testSpec, validationFraction, consolidate, augmentation, balancing,
                excludeTestDuplicates);
    }

    public DataPreparation withValidationFraction(double f) {
        return new DataPreparation(f, consolidate, balancing, augmentation, excludeTestDuplicates, testSpec);
    }

    public DataPreparation withConsolidate(boolean c) {
        return new DataPreparation(validationFraction, c, balancing, augmentation, excludeTestDuplicates, testSpec);
    }

    public DataPreparation withBalancing(Balancing b) {
        return new DataPreparation(validationFraction, consolidate, b, augmentation, excludeTestDuplicates, testSpec);
    }

    public DataPreparation withAugmentation(AugmentationOptions a) {
        return new DataPreparation(validationFraction, consolidate, balancing, a, excludeTestDuplicates, testSpec);
    }

    public DataPreparation withExcludeTestDuplicates(boolean e) {
        return new DataPreparation(validationFraction, consolidate, balancing, augmentation, e, testSpec);
    }

    public DataPreparation withTestSpec(String t) {
        return new DataPreparation(validationFraction, consolidate, balancing, augmentation, excludeTestDuplicates, t);
    }
}
