package org.emotionworkbench.ui.compare;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.study.StudySummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-class F1 of a study on one evaluation set: the engine's mean F1 over seeds for every source, and each
 * further source's difference from the first (as the study summary reports it). Classes in canonical order; a
 * class no source's report has is left out.
 */
public record ClassF1Table(String evaluation, List<String> sources, List<Row> rows) {

    /** One class: F1 per source (null where that source's report lacks the class) and differences vs the first. */
    public record Row(String className, List<Double> f1, List<Double> differences) {
        public Row {
            f1 = java.util.Collections.unmodifiableList(new ArrayList<>(f1));
            differences = java.util.Collections.unmodifiableList(new ArrayList<>(differences));
        }
    }

    public ClassF1Table {
        sources = List.copyOf(sources);
        rows = List.copyOf(rows);
    }

    public static ClassF1Table of(StudySummary summary, String evaluation) {
        List<Row> rows = new ArrayList<>();
        List<String> sources = summary.sources();
        for (Emotion e : Emotion.values()) {
            List<Double> f1 = new ArrayList<>();
            for (String source : sources) {
                StudySummary.Cell c = summary.cell(source, evaluation);
                f1.add(c == null ? null : c.classF1().get(e.label()));
            }
            if (f1.stream().allMatch(java.util.Objects::isNull)) {
                continue;
            }
            List<Double> diffs = new ArrayList<>();
            for (int i = 1; i < f1.size(); i++) {
                diffs.add(f1.get(0) == null || f1.get(i) == null ? null : f1.get(i) - f1.get(0));
            }
            rows.add(new Row(e.label(), f1, diffs));
        }
        return new ClassF1Table(evaluation, sources, rows);
    }

    /** Column headers of the differences: "synthetic − real". */
    public List<String> differenceHeaders() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < sources.size(); i++) {
            out.add(sources.get(i) + " − " + sources.get(0));
        }
        return out;
    }
}
