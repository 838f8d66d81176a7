package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.MetricRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the classification report table, as sklearn prints it: a class, then accuracy (only f1-score and
 * support, like sklearn; a full "micro avg" line when sklearn prints that instead), macro avg and weighted avg.
 * {@code precision} and {@code recall} are null where sklearn leaves them blank.
 */
public record ReportRow(String name, Double precision, Double recall, double f1, int support, boolean summary) {

    public static List<ReportRow> of(ClassificationReport report) {
        List<ReportRow> rows = new ArrayList<>();
        for (MetricRow r : report.classes()) {
            rows.add(full(r, false));
        }
        MetricRow micro = report.micro();
        rows.add(report.microIsAccuracy()
                ? new ReportRow(micro.name(), null, null, report.accuracy(), micro.support(), true)
                : full(micro, true));
        rows.add(full(report.macroAvg(), true));
        rows.add(full(report.weightedAvg(), true));
        return List.copyOf(rows);
    }

    private static ReportRow full(MetricRow r, boolean summary) {
        return new ReportRow(r.name(), r.precision(), r.recall(), r.f1Score(), r.support(), summary);
    }

    /** Two decimals, as sklearn's default report; blank for a missing value. */
    public static String format(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
    }
}
