package org.emotionworkbench.study;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap over test images: resample (true, predicted) pairs with replacement, recompute the metric,
 * and take the 2.5th and 97.5th percentiles (for a 95 % interval). Seeded, so the same inputs give the same interval.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 1000;

    /** A metric of paired label arrays (class indices), e.g. accuracy or macro F1. */
    @FunctionalInterface
    public interface Metric {
        double of(int[] truth, int[] predicted);
    }

    private Bootstrap() {
    }

    public static ConfidenceInterval interval(int[] truth, int[] predicted, Metric metric, int resamples,
                                              double level, long seed) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth and predictions differ in length: " + truth.length
                    + " vs " + predicted.length);
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException("no predictions to bootstrap");
        }
        if (resamples < 10) {
            throw new IllegalArgumentException("need at least 10 bootstrap resamples, got " + resamples);
        }
        int n = truth.length;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] values = new double[resamples];
        int[] t = new int[n];
        int[] p = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                int j = rng.nextInt(n);
                t[i] = truth[j];
                p[i] = predicted[j];
            }
            values[r] = metric.of(t, p);
        }
        Arrays.sort(values);
        double alpha = (1 - level) / 2;
        return new ConfidenceInterval(metric.of(truth, predicted), quantile(values, alpha),
                quantile(values, 1 - alpha), level);
    }

    /** Linear interpolation between order statistics (numpy's default percentile). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
