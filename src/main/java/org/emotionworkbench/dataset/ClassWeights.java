package org.emotionworkbench.dataset;

import java.util.Objects;

/** Per-class loss weights that counter class imbalance. */
public final class ClassWeights {
    private ClassWeights() {
    }

    /**
     * scikit-learn's {@code compute_class_weight("balanced", ...)}: {@code n_samples / (n_classes × count_c)}.
     * As in scikit-learn, {@code n_classes} counts only the classes present in the data ({@code count > 0}), so the
     * weighted counts of the present classes sum to {@code n_samples}. A class with no samples gets weight 0 here
     * (scikit-learn would refuse a class absent from {@code y}); it contributes nothing to a weighted loss.
     *
     * @param countsPerClass samples per class, indexed like {@link Emotion#ordinal()} (any length ≥ 1)
     * @return one weight per entry of {@code countsPerClass}
     * @throws IllegalArgumentException for a negative count or when every count is 0
     */
    public static double[] balanced(int[] countsPerClass) {
        Objects.requireNonNull(countsPerClass, "countsPerClass");
        long total = 0;
        int present = 0;
        for (int i = 0; i < countsPerClass.length; i++) {
            int c = countsPerClass[i];
            if (c < 0) {
                throw new IllegalArgumentException("class " + i + " has a negative count: " + c);
            }
            total += c;
            present += c > 0 ? 1 : 0;
        }
        if (present == 0) {
            throw new IllegalArgumentException("no samples: every class count is 0");
        }
        double[] weights = new double[countsPerClass.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = countsPerClass[i] == 0 ? 0 : total / ((double) present * countsPerClass[i]);
        }
        return weights;
    }
}
