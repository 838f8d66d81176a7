package org.emotionworkbench.ui.compare;

import org.emotionworkbench.run.ConfigDiff;

import java.util.List;

/**
 * What the Runs tab shows at one moment, taken from its view model so the exported report and the screen tell the
 * same story: the chosen runs (rows of the runs table, with the table's columns), the metric and grouping, the
 * chart's bars, McNemar's tests with the message about pairs not tested, and the configuration differences.
 */
record ComparedRunsReport(List<RunRow> runs, Metric metric, Grouping grouping, List<MetricBar> bars,
                          List<McNemarRow> mcnemar, String mcnemarMessage, List<String> diffRuns,
                          List<ConfigDiff.Row> diffRows, String diffSummary) {
    ComparedRunsReport {
        runs = List.copyOf(runs);
        bars = List.copyOf(bars);
        mcnemar = List.copyOf(mcnemar);
        diffRuns = List.copyOf(diffRuns);
        diffRows = List.copyOf(diffRows);
    }

    /** A copy of the screen's state (call on the UI thread; the copy can then be rendered anywhere). */
    static ComparedRunsReport of(CompareViewModel vm) {
        ConfigDiffModel d = vm.configDiff();
        return new ComparedRunsReport(vm.selected(), vm.metricProperty().get(), vm.groupingProperty().get(), vm.bars(),
                vm.mcnemarRows(), vm.mcnemarMessageProperty().get(), d.runs(), d.rows(), d.summaryProperty().get());
    }
}
