package org.emotionworkbench.study;

import java.util.Locale;

/** A two-sided confidence interval for a point estimate. */
public record ConfidenceInterval(double estimate, double lower, double upper, double level) {
    public ConfidenceInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower bound " + lower + " above upper bound " + upper);
        }
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** {@code 0.641 [0.630, 0.652]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", estimate, lower, upper);
    }
}
