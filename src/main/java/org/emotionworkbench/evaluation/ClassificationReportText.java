package org.emotionworkbench.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * sklearn's text layout of {@code classification_report}, reproduced character for character:
 * <pre>
 * width = max(longest class name, len("weighted avg"), digits)
 * header:  " " * width + " " + (" " + "%9s") for precision, recall, f1-score, support; then a blank line
 * class:   name right-aligned to width, " ", then (" " + 9-wide value) x3 with `digits` decimals, " " + 9-wide support
 * blank line
 * accuracy: precision and recall cells blank, f1 cell = micro F1, support = total
 *           (or a full "micro avg" row when sklearn would print one)
 * macro avg, weighted avg: like a class row
 * </pre>
 * Every line ends with {@code \n}. Numbers are rounded like Python's {@code format(x, ".2f")}: the exact binary
 * value is rounded half-to-even (so 0.125 prints as 0.12 and 0.615, stored just below, as 0.61).
 */
final class ClassificationReportText {

    private static final String[] HEADERS = {"precision", "recall", "f1-score", "support"};

    private ClassificationReportText() {
    }

    static String format(ClassificationReport report, int digits) {
        if (digits < 0) {
            throw new IllegalArgumentException("digits must be >= 0 but was " + digits);
        }
        int width = Math.max(ClassificationReport.WEIGHTED_AVG.length(), digits);
        for (MetricRow row : report.classes()) {
            width = Math.max(width, row.name().codePointCount(0, row.name().length()));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(padLeft("", width)).append(' ');
        for (String h : HEADERS) {
            sb.append(' ').append(padLeft(h, 9));
        }
        sb.append("\n\n");
        for (MetricRow row : report.classes()) {
            appendRow(sb, row, width, digits);
        }
        sb.append('\n');
        MetricRow micro = report.micro();
        if (report.microIsAccuracy()) {
            sb.append(padLeft(micro.name(), width)).append(' ')
                    .append(' ').append(padLeft("", 9))
                    .append(' ').append(padLeft("", 9))
                    .append(' ').append(padLeft(number(micro.f1Score(), digits), 9))
                    .append(' ').append(padLeft(Integer.toString(micro.support()), 9))
                    .append('\n');
        } else {
            appendRow(sb, micro, width, digits);
        }
        appendRow(sb, report.macroAvg(), width, digits);
        appendRow(sb, report.weightedAvg(), width, digits);
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, MetricRow row, int width, int digits) {
        sb.append(padLeft(row.name(), width)).append(' ')
                .append(' ').append(padLeft(number(row.precision(), digits), 9))
                .append(' ').append(padLeft(number(row.recall(), digits), 9))
                .append(' ').append(padLeft(number(row.f1Score(), digits), 9))
                .append(' ').append(padLeft(Integer.toString(row.support()), 9))
                .append('\n');
    }

    /** Python's {@code format(x, "." + digits + "f")} for finite non-negative doubles. */
    static String number(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String padLeft(String s, int width) {
        int len = s.codePointCount(0, s.length());
        return len >= width ? s : " ".repeat(width - len) + s;
    }
}
