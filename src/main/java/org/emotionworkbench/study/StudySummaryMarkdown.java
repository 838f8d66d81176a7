package org.emotionworkbench.study;

import java.util.List;
import java.util.Locale;

/** The study summary as Markdown tables (readable as text, and the basis of the HTML report). */
public final class StudySummaryMarkdown {
    private StudySummaryMarkdown() {
    }

    /** The sweep's tables, one per evaluation set: a row per combination and source ("" without a sweep). */
    static String sweep(StudySummary s) {
        if (s.sweep().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Sweep: ").append(String.join(" × ", s.sweepAxes())).append("\n\n");
        for (String evaluation : s.evaluations()) {
            List<StudySummary.SweepPoint> points = s.sweep(evaluation);
            if (points.isEmpty()) {
                continue;
            }
            md.append("### Evaluated on ").append(evaluation).append("\n\n| source |");
            s.sweepAxes().forEach(a -> md.append(' ').append(a).append(" |"));
            md.append(" seeds | accuracy | accuracy 95 % CI | macro F1 | macro F1 95 % CI |\n|---|");
            s.sweepAxes().forEach(a -> md.append("---|"));
            md.append("---|---|---|---|---|\n");
            for (StudySummary.SweepPoint p : points) {
                md.append("| ").append(p.source()).append(" |");
                s.sweepAxes().forEach(a -> md.append(' ').append(value(p.settings().get(a))).append(" |"));
                md.append(String.format(Locale.ROOT, " %d | %s | [%.3f, %.3f] | %s | [%.3f, %.3f] |%n", p.seeds(),
                        p.accuracy(), p.accuracyCi().lower(), p.accuracyCi().upper(), p.macroF1(),
                        p.macroF1Ci().lower(), p.macroF1Ci().upper()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** A swept value as the spec wrote it: 40, 0.0005. */
    static String value(Number v) {
        return v == null ? "–" : v instanceof Double d ? Sweep.Combination.plain(d) : v.toString();
    }

    public static String render(StudySummary s) {
        StringBuilder md = new StringBuilder();
        md.append("# Study: ").append(s.study()).append("\n\n");
        if (!s.models().isEmpty()) {
            md.append("Models: ");
            md.append(String.join("; ", s.models().entrySet().stream()
                    .map(e -> e.getKey() + " – " + e.getValue()).toList()));
            md.append(".\n\n");
        }
        md.append("Mean ± sd over seeds; [95 % bootstrap interval of the seed mean, test images resampled].\n\n");
        md.append(sweep(s));
        for (String evaluation : s.evaluations()) {
            md.append("## Evaluated on ").append(evaluation).append("\n\n");
            md.append("| source | seeds | images | accuracy | accuracy 95 % CI | macro precision | macro precision 95 % CI "
                    + "| macro recall | macro F1 | macro F1 95 % CI | weighted precision | weighted recall | weighted F1 | ECE |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (String source : s.sources()) {
                StudySummary.Cell c = s.cell(source, evaluation);
                if (c == null) {
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | [%.3f, %.3f] | %s | [%.3f, %.3f] | %s | %s | [%.3f, %.3f] | %s | %s | %s | %s |%n",
                        source, c.seeds(), c.images(), c.accuracy(), c.accuracyCi().lower(), c.accuracyCi().upper(),
                        c.macroPrecision(), c.macroPrecisionCi().lower(), c.macroPrecisionCi().upper(), c.macroRecall(), c.macroF1(), c.macroF1Ci().lower(), c.macroF1Ci().upper(),
                        c.weightedPrecision(), c.weightedRecall(), c.weightedF1(), c.ece()));
            }
            md.append('\n');
        }
        md.append("## Train set × test set (mean accuracy / mean macro F1)\n\n| trained on |");
        s.evaluations().forEach(e -> md.append(' ').append(e).append(" |"));
        md.append("\n|---|");
        s.evaluations().forEach(e -> md.append("---|"));
        md.append('\n');
        for (String source : s.sources()) {
            md.append("| ").append(source).append(" |");
            for (String evaluation : s.evaluations()) {
                StudySummary.Cell c = s.cell(source, evaluation);
                md.append(c == null ? " – |" : String.format(Locale.ROOT, " %.3f / %.3f |", c.accuracy().mean(),
                        c.macroF1().mean()));
            }
            md.append('\n');
        }
        md.append('\n');
        if (s.sources().size() > 1) {
            md.append("## Per-class F1 (mean over seeds)\n\n");
            for (String evaluation : s.evaluations()) {
                md.append("### ").append(evaluation).append("\n\n| class |");
                s.sources().forEach(src -> md.append(' ').append(src).append(" |"));
                md.append(" difference (").append(s.sources().get(1)).append(" − ").append(s.sources().get(0)).append(") |\n|---|");
                s.sources().forEach(src -> md.append("---|"));
                md.append("---|\n");
                StudySummary.Cell first = s.cell(s.sources().get(0), evaluation);
                StudySummary.Cell second = s.cell(s.sources().get(1), evaluation);
                if (first == null) {
                    continue;
                }
                for (String cls : first.classF1().keySet()) {
                    md.append("| ").append(cls).append(" |");
                    for (String src : s.sources()) {
                        StudySummary.Cell c = s.cell(src, evaluation);
                        Double f1 = c == null ? null : c.classF1().get(cls);
                        md.append(f1 == null ? " – |" : String.format(Locale.ROOT, " %.3f |", f1));
                    }
                    Double b = second == null ? null : second.classF1().get(cls);
                    md.append(b == null ? " – |\n" : String.format(Locale.ROOT, " %+.3f |%n", b - first.classF1().get(cls)));
                }
                md.append('\n');
            }
        }
        if (!s.fractionCurve().isEmpty()) {
            md.append("## Synthetic-fraction curve\n\n| evaluated on | synthetic fraction | source | accuracy | macro F1 |\n|---|---|---|---|---|\n");
            for (StudySummary.FractionPoint p : s.fractionCurve()) {
                md.append(String.format(Locale.ROOT, "| %s | %.0f %% | %s | %s | %s |%n", p.evaluation(),
                        100 * p.syntheticFraction(), p.source(), p.accuracy(), p.macroF1()));
            }
            md.append('\n');
        }
        boolean anyFgsm = s.cells().stream().anyMatch(c -> !c.fgsmAccuracy().isEmpty());
        if (anyFgsm) {
            md.append("## Robustness: accuracy under FGSM (ε in 1/255)\n\n| source | evaluated on | accuracy by ε |\n|---|---|---|\n");
            for (StudySummary.Cell c : s.cells()) {
                if (!c.fgsmAccuracy().isEmpty()) {
                    StringBuilder row = new StringBuilder();
                    c.fgsmAccuracy().forEach((eps, v) -> row.append(String.format(Locale.ROOT, "ε=%d: %s; ", eps, v)));
                    md.append("| ").append(c.source()).append(" | ").append(c.evaluation()).append(" | ")
                            .append(row.toString().replaceAll("; $", "")).append(" |\n");
                }
            }
            md.append('\n');
        }
        if (!s.tests().isEmpty()) {
            md.append("## McNemar's test (same seed, same images)\n\n");
            md.append("| A | B | evaluated on | seed | only A right | only B right | test | p |\n|---|---|---|---|---|---|---|---|\n");
            for (StudySummary.PairedTest t : s.tests()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %s | %.4g |%n", t.sourceA(),
                        t.sourceB(), t.evaluation(), t.seed(), t.test().onlyA(), t.test().onlyB(),
                        t.test().exact() ? "exact binomial" : String.format(Locale.ROOT, "χ² = %.2f", t.test().statistic()),
                        t.test().pValue()));
            }
            md.append('\n');
        }
        return md.toString();
    }
}
