package org.emotionworkbench.study;

import java.util.Locale;

/** Mean and sample standard deviation (n − 1; 0 for a single value) over seeds. */
public record MeanSd(double mean, double sd, int n) {
    public static MeanSd of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new MeanSd(mean, values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0, values.length);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f ± %.3f", mean, sd);
    }
}
