package org.emotionworkbench.ui.compare;

import org.emotionworkbench.study.MeanSd;
import org.emotionworkbench.study.StudySummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study's synthetic-fraction curve as chart series: per evaluation set, the sources that declare a
 * {@code syntheticFraction}, in order of it, with the engine's mean ± sd over seeds. Empty when no source does.
 */
public record FractionCurve(Metric metric, List<Series> series) {

    /** One line: an evaluation set's points. */
    public record Series(String evaluation, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** {@code percent} synthetic (0–100), the metric's mean and sd over seeds, and the source. */
    public record Point(double percent, double mean, double sd, int seeds, String source) {
    }

    public FractionCurve {
        series = List.copyOf(series);
    }

    public static FractionCurve of(StudySummary summary, Metric metric) {
        Map<String, List<Point>> byEvaluation = new LinkedHashMap<>();
        for (StudySummary.FractionPoint p : summary.fractionCurve()) {
            MeanSd m = metric.of(p);
            if (m != null) {
                byEvaluation.computeIfAbsent(p.evaluation(), k -> new ArrayList<>())
                        .add(new Point(100 * p.syntheticFraction(), m.mean(), m.sd(), m.n(), p.source()));
            }
        }
        List<Series> series = new ArrayList<>();
        byEvaluation.forEach((e, pts) -> series.add(new Series(e, pts)));
        return new FractionCurve(metric, series);
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }
}
