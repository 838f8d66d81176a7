package org.emotionworkbench.ui.compare;

import org.emotionworkbench.study.RunComparison;

import java.util.ArrayList;
import java.util.List;

/**
 * McNemar's tests of the compared runs as table rows (from the engine's {@link RunComparison} pairs), and a
 * message saying which pairs could not be tested because the runs were not evaluated on the same images.
 */
public record McNemarSummary(List<McNemarRow> rows, String message) {
    public McNemarSummary {
        rows = List.copyOf(rows);
    }

    public static McNemarSummary of(ComparisonResult result) {
        List<McNemarRow> rows = new ArrayList<>();
        for (RunComparison.Pair p : result.comparison().pairs()) {
            rows.add(McNemarRow.of(p.a(), p.b(), null, null, p.test()));
        }
        List<String> lines = new ArrayList<>();
        if (result.compared().size() < 2) {
            lines.add("Select two or more evaluated runs to test them pairwise.");
        }
        if (!result.unpaired().isEmpty()) {
            int n = result.unpaired().size();
            lines.add("Not tested: " + (n == 1 ? "one pair of runs was" : n + " pairs of runs were")
                    + " not evaluated on the same images, and McNemar's test needs paired predictions:");
        }
        for (ComparisonResult.Unpaired u : result.unpaired()) {
            lines.add("• " + u.a() + " and " + u.b() + ": " + u.why());
        }
        result.leftOut().forEach(l -> lines.add("Left out: " + l));
        return new McNemarSummary(rows, String.join("\n", lines));
    }
}
