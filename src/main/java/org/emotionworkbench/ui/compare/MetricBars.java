package org.emotionworkbench.ui.compare;

import org.emotionworkbench.study.ConfidenceInterval;
import org.emotionworkbench.study.MeanSd;
import org.emotionworkbench.study.RunComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bars of the metric chart, arranged from the engine's results: per run, the metric with its bootstrap
 * 95 % interval ({@link RunComparison}); per group, the mean over the group's runs with the bootstrap interval of
 * that mean (images resampled jointly), or no interval when the group's runs saw different images.
 */
final class MetricBars {
    private MetricBars() {
    }

    static List<MetricBar> of(ComparisonResult result, Metric metric) {
        List<MetricBar> bars = new ArrayList<>();
        if (result.grouping() == Grouping.EACH_RUN) {
            for (RunComparison.Row row : result.comparison().rows()) {
                ConfidenceInterval ci = metric.of(row);
                bars.add(new MetricBar(row.name(), ci.estimate(), ci.lower(), ci.upper(), String.format(Locale.ROOT,
                        "%s: %s %.3f, 95 %% bootstrap interval [%.3f, %.3f] over %d test images", row.name(), metric,
                        ci.estimate(), ci.lower(), ci.upper(), row.images())));
            }
            return bars;
        }
        for (ComparisonResult.Group g : result.groups()) {
            MeanSd m = metric.meanOf(g.statistics());
            ConfidenceInterval ci = metric.intervalOf(g.statistics());
            String members = String.join(", ", g.members().stream().map(RunRow::name).toList());
            String detail = ci == null
                    ? String.format(Locale.ROOT, "%s: mean %s %.3f ± %.3f (sd) over %d runs (%s); no interval: "
                    + "the runs were evaluated on different images", g.label(), metric, m.mean(), m.sd(), m.n(), members)
                    : String.format(Locale.ROOT, "%s: mean %s %.3f ± %.3f (sd) over %d runs (%s), 95 %% bootstrap "
                    + "interval of the mean [%.3f, %.3f]", g.label(), metric, m.mean(), m.sd(), m.n(), members,
                    ci.lower(), ci.upper());
            bars.add(new MetricBar(g.label(), m.mean(), ci == null ? Double.NaN : ci.lower(),
                    ci == null ? Double.NaN : ci.upper(), detail));
        }
        return bars;
    }
}
