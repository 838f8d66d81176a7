package org.emotionworkbench.ui.compare;

import org.emotionworkbench.study.RunComparison;
import org.emotionworkbench.study.RunGroupStatistics;
import org.emotionworkbench.study.RunResults;

import java.util.List;

/**
 * What the engine found for the compared runs: per-run figures with intervals and McNemar's pairs
 * ({@link RunComparison}), the groups of the chosen grouping with their statistics, the pairs that could not be
 * tested (not evaluated on the same images) and the rows left out (no predictions).
 */
public record ComparisonResult(List<RunRow> compared, List<RunResults> results, RunComparison comparison,
                               Grouping grouping, List<Group> groups, List<Unpaired> unpaired,
                               List<String> leftOut) {
    public static final ComparisonResult EMPTY = new ComparisonResult(List.of(), List.of(),
            new RunComparison(List.of(), List.of()), Grouping.EACH_RUN, List.of(), List.of(), List.of());

    /** Runs taken together by the grouping. */
    public record Group(String label, List<RunRow> members, RunGroupStatistics statistics) {
    }

    /** Two compared runs McNemar's test does not apply to, and why. */
    public record Unpaired(String a, String b, String why) {
    }

    public ComparisonResult {
        compared = List.copyOf(compared);
        results = List.copyOf(results);
        groups = List.copyOf(groups);
        unpaired = List.copyOf(unpaired);
        leftOut = List.copyOf(leftOut);
    }
}
