package org.emotionworkbench.evaluation;

/**
 * One line of a classification report: a class (name = class name) or an average
 * ({@code "macro avg"}, {@code "weighted avg"}, {@code "micro avg"}/{@code "accuracy"}).
 * Metrics are in [0, 1]; support is a sample count.
 */
public record MetricRow(String name, double precision, double recall, double f1Score, int support) {

    public MetricRow {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        checkUnit("precision", precision);
        checkUnit("recall", recall);
        checkUnit("f1-score", f1Score);
        if (support < 0) {
            throw new IllegalArgumentException("support must be >= 0 but was " + support);
        }
    }

    public static MetricRow of(String name, double precision, double recall, double f1Score, int support) {
        return new MetricRow(name, precision, recall, f1Score, support);
    }

    private static void checkUnit(String what, double v) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(what + " must be in [0,1] but was " + v);
        }
    }
}
