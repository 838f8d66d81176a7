package org.emotionworkbench.ui.compare;

import org.emotionworkbench.study.ConfidenceInterval;
import org.emotionworkbench.study.MeanSd;
import org.emotionworkbench.study.StudySummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The train-set × test-set grid of a study: a row per training source, a column per evaluation set, each cell
 * the engine's mean ± sd over seeds of one metric (empty where the study has no result yet).
 */
public record StudyGrid(List<String> evaluations, List<Row> rows) {

    /** One source's results on every evaluation set, in {@link #evaluations} order. */
    public record Row(String source, List<GridCell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One cell; {@code value} is null where there is no result. */
    public record GridCell(String source, String evaluation, MeanSd value, ConfidenceInterval interval, int seeds,
                           int images) {
        public boolean empty() {
            return value == null;
        }

        /** {@code 0.412 ± 0.096}, or an en dash. */
        public String text() {
            return value == null ? "–" : value.toString();
        }

        /** The seeds, images and interval, for a tooltip. */
        public String detail() {
            if (value == null) {
                return source + " on " + evaluation + ": no finished run yet";
            }
            String ci = interval == null ? "" : String.format(Locale.ROOT, "; 95 %% bootstrap interval of the mean [%.3f, %.3f]",
                    interval.lower(), interval.upper());
            return String.format(Locale.ROOT, "%s on %s: mean ± sd over %d seed%s, %d test images%s", source,
                    evaluation, seeds, seeds == 1 ? "" : "s", images, ci);
        }
    }

    public StudyGrid {
        evaluations = List.copyOf(evaluations);
        rows = List.copyOf(rows);
    }

    public static StudyGrid of(StudySummary summary, Metric metric) {
        List<Row> rows = new ArrayList<>();
        for (String source : summary.sources()) {
            List<GridCell> cells = new ArrayList<>();
            for (String evaluation : summary.evaluations()) {
                StudySummary.Cell c = summary.cell(source, evaluation);
                cells.add(c == null ? new GridCell(source, evaluation, null, null, 0, 0)
                        : new GridCell(source, evaluation, metric.meanOf(c), metric.intervalOf(c), c.seeds(), c.images()));
            }
            rows.add(new Row(source, cells));
        }
        return new StudyGrid(summary.evaluations(), rows);
    }

    public GridCell cell(String source, String evaluation) {
        int col = evaluations.indexOf(evaluation);
        return rows.stream().filter(r -> r.source.equals(source)).findFirst()
                .map(r -> col < 0 ? null : r.cells.get(col)).orElse(null);
    }
}
