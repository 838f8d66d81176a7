package org.emotionworkbench.ui.compare;

/**
 * One bar of the metric chart: its label, the value, the 95 % interval (NaN bounds when there is none) and a
 * line saying what it is (for the tooltip).
 */
public record MetricBar(String label, double value, double lower, double upper, String detail) {
    public boolean hasInterval() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
