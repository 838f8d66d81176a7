package org.emotionworkbench.ui.compare;

import org.emotionworkbench.run.RunHeadline;
import org.emotionworkbench.study.RunResults;
import org.emotionworkbench.study.StudyReportHtml;
import org.emotionworkbench.study.StudySummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's study report for compared runs that are not a study folder: runs with the same settings except the
 * seed form one source (their seeds the study's seeds), each evaluation set its own section ({@value
 * RunHeadline#OWN_TEST} for each source's own test split). A seed met twice in one source starts another source.
 */
final class RunsReport {
    static final String TITLE = "compared-runs";

    private RunsReport() {
    }

    static String html(ComparisonResult r) {
        return StudyReportHtml.render(summary(r));
    }

    static StudySummary summary(ComparisonResult r) {
        Map<String, Map<String, Map<Long, RunResults>>> results = new LinkedHashMap<>();
        List<String> evaluations = new ArrayList<>();
        evaluations.add(RunHeadline.OWN_TEST);
        Map<String, List<String>> sourcesOfKey = new LinkedHashMap<>();
        for (int i = 0; i < r.compared().size(); i++) {
            RunRow row = r.compared().get(i);
            String evaluation = row.headline().evaluation();
            if (!evaluations.contains(evaluation)) {
                evaluations.add(evaluation);
            }
            long seed = row.config() == null ? i : row.config().training().seed();
            String key = Grouping.SETTINGS.key(row).replaceFirst("\u0000.*$", "");
            List<String> names = sourcesOfKey.computeIfAbsent(key, k -> new ArrayList<>());
            String source = null;
            for (String n : names) {
                if (!results.get(n).getOrDefault(evaluation, Map.of()).containsKey(seed)) {
                    source = n;
                    break;
                }
            }
            if (source == null) {
                source = uniqueName(sourceName(row), results.keySet());
                names.add(source);
                results.put(source, new LinkedHashMap<>());
            }
            results.get(source).computeIfAbsent(evaluation, e -> new LinkedHashMap<>()).put(seed, r.results().get(i));
        }
        return StudySummary.of(TITLE, evaluations, results, Map.of(), ComparisonLoader.RESAMPLES,
                ComparisonLoader.BOOTSTRAP_SEED);
    }

    /** The run's name without a trailing seed ("tiny-s1" → "tiny"). */
    private static String sourceName(RunRow row) {
        String n = row.headline().runName().replaceFirst("[-_.]?s(eed)?\\d+$", "");
        return n.isBlank() ? row.headline().runName() : n;
    }

    private static String uniqueName(String base, java.util.Set<String> taken) {
        String n = base;
        for (int k = 2; taken.contains(n); k++) {
            n = base + "-" + k;
        }
        return n;
    }
}
