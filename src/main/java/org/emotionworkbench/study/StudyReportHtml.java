package org.emotionworkbench.study;

import org.emotionworkbench.io.Html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML report of a study (no scripts, no external files): metric tables with intervals, accuracy
 * bar charts with 95 % whiskers (inline SVG), the train × test grid, per-class F1, confusion matrices summed over
 * seeds (row-normalised colour, counts as text) and McNemar's tests. Meant to be handed out as it is.
 */
public final class StudyReportHtml {
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"};

    private StudyReportHtml() {
    }

    public static String render(StudySummary s) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Study ")
                .append(Html.escape(s.study())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}th{background:#f3f3f3}")
                .append(".cm td{width:3.2em;text-align:center}.note{color:#666;font-size:90%}")
                .append("\n</style></head><body>\n");
        h.append("<h1>Study: ").append(Html.escape(s.study())).append("</h1>\n");
        if (!s.models().isEmpty()) {
            h.append("<p>Models: ").append(Html.escape(String.join("; ", s.models().entrySet().stream()
                    .map(e -> e.getKey() + " – " + e.getValue()).toList()))).append(".</p>\n");
        }
        h.append("<p class=\"note\">Mean ± standard deviation over seeds; intervals are 95 % bootstrap intervals of the "
                + "seed mean (test images resampled jointly). <i>own-test</i> is each source's own held-out set.</p>\n");
        if (!s.sweep().isEmpty()) {
            h.append("<h2>Sweep: ").append(Html.escape(String.join(" × ", s.sweepAxes()))).append("</h2>\n");
            for (String evaluation : s.evaluations()) {
                if (!s.sweep(evaluation).isEmpty()) {
                    h.append("<h3>Evaluated on ").append(Html.escape(evaluation)).append("</h3>\n");
                    h.append(sweepCurve(s, evaluation)).append(sweepTable(s, evaluation));
                }
            }
        }
        for (String evaluation : s.evaluations()) {
            h.append("<h2>Evaluated on ").append(Html.escape(evaluation)).append("</h2>\n");
            h.append(barChart(s, evaluation));
            h.append("<table><tr><th>source</th><th>seeds</th><th>images</th><th>accuracy</th><th>95 % CI</th>"
                    + "<th>macro precision</th><th>95 % CI</th><th>macro recall</th><th>macro F1</th><th>95 % CI</th><th>weighted F1</th><th>ECE</th></tr>\n");
            for (String source : s.sources()) {
                StudySummary.Cell c = s.cell(source, evaluation);
                if (c != null) {
                    h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%s</td><td>%.3f – %.3f</td>"
                                    + "<td>%s</td><td>%.3f – %.3f</td><td>%s</td><td>%s</td><td>%.3f – %.3f</td><td>%s</td><td>%s</td></tr>%n",
                            Html.escape(source), c.seeds(), c.images(), c.accuracy(), c.accuracyCi().lower(), c.accuracyCi().upper(),
                            c.macroPrecision(), c.macroPrecisionCi().lower(), c.macroPrecisionCi().upper(), c.macroRecall(), c.macroF1(), c.macroF1Ci().lower(), c.macroF1Ci().upper(),
                            c.weightedF1(), c.ece()));
                }
            }
            h.append("</table>\n");
            h.append(reliability(s, evaluation));
            for (String source : s.sources()) {
                StudySummary.Cell c = s.cell(source, evaluation);
                if (c != null) {
                    h.append(confusion(source + " (summed over " + c.seeds() + " seeds)", c));
                }
            }
        }
        h.append("<h2>Train set × test set</h2>\n<table><tr><th>trained on \\ evaluated on</th>");
        s.evaluations().forEach(e -> h.append("<th>").append(Html.escape(e)).append("</th>"));
        h.append("</tr>\n");
        for (String source : s.sources()) {
            h.append("<tr><td>").append(Html.escape(source)).append("</td>");
            for (String e : s.evaluations()) {
                StudySummary.Cell c = s.cell(source, e);
                h.append("<td>").append(c == null ? "–" : String.format(Locale.ROOT, "acc %.3f<br>F1 %.3f",
                        c.accuracy().mean(), c.macroF1().mean())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (!s.fractionCurve().isEmpty()) {
            h.append("<h2>Synthetic-fraction curve</h2>\n").append(fractionCurve(s));
        }
        if (s.cells().stream().anyMatch(c -> !c.fgsmAccuracy().isEmpty())) {
            h.append("<h2>Robustness under FGSM</h2>\n<p class=\"note\">Accuracy when every pixel moves by ε/255 in the "
                    + "sign of the loss gradient (mean ± sd over seeds).</p>\n<table><tr><th>source</th><th>evaluated on</th>");
            StudySummary.Cell any = s.cells().stream().filter(c -> !c.fgsmAccuracy().isEmpty()).findFirst().orElseThrow();
            any.fgsmAccuracy().keySet().forEach(eps -> h.append("<th>ε = ").append(eps).append("</th>"));
            h.append("</tr>\n");
            for (StudySummary.Cell c : s.cells()) {
                if (!c.fgsmAccuracy().isEmpty()) {
                    h.append("<tr><td>").append(Html.escape(c.source())).append("</td><td>").append(Html.escape(c.evaluation())).append("</td>");
                    c.fgsmAccuracy().values().forEach(v -> h.append("<td>").append(v).append("</td>"));
                    h.append("</tr>\n");
                }
            }
            h.append("</table>\n");
        }
        if (!s.tests().isEmpty()) {
            h.append("<h2>McNemar's test</h2>\n<p class=\"note\">Same seed, same test images; exact binomial test when "
                    + "fewer than 25 images are discordant.</p>\n<table><tr><th>A</th><th>B</th><th>evaluated on</th>"
                    + "<th>seed</th><th>only A right</th><th>only B right</th><th>p</th></tr>\n");
            for (StudySummary.PairedTest t : s.tests()) {
                h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%.4g</td></tr>%n",
                        Html.escape(t.sourceA()), Html.escape(t.sourceB()), Html.escape(t.evaluation()), t.seed(), t.test().onlyA(),
                        t.test().onlyB(), t.test().pValue()));
            }
            h.append("</table>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    /** A row per combination and source: the swept values, seeds, accuracy and macro F1 with their intervals. */
    private static String sweepTable(StudySummary s, String evaluation) {
        StringBuilder t = new StringBuilder("<table><tr><th>source</th>");
        s.sweepAxes().forEach(a -> t.append("<th>").append(Html.escape(a)).append("</th>"));
        t.append("<th>seeds</th><th>accuracy</th><th>95 % CI</th><th>macro F1</th><th>95 % CI</th></tr>\n");
        for (StudySummary.SweepPoint p : s.sweep(evaluation)) {
            t.append("<tr><td>").append(Html.escape(p.source())).append("</td>");
            s.sweepAxes().forEach(a -> t.append("<td>").append(StudySummaryMarkdown.value(p.settings().get(a))).append("</td>"));
            t.append(String.format(Locale.ROOT, "<td>%d</td><td>%s</td><td>%.3f – %.3f</td><td>%s</td><td>%.3f – %.3f</td></tr>%n",
                    p.seeds(), p.accuracy(), p.accuracyCi().lower(), p.accuracyCi().upper(), p.macroF1(),
                    p.macroF1Ci().lower(), p.macroF1Ci().upper()));
        }
        return t.append("</table>\n").toString();
    }

    private static String barChart(StudySummary s, String evaluation) {
        List<String> sources = s.sources().stream().filter(src -> s.cell(src, evaluation) != null).toList();
        int barW = 60, gap = 30, height = 200, left = 40;
        int width = left + sources.size() * (barW + gap) + gap;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"accuracy by source\">%n",
                width, height + 40));
        for (int t = 0; t <= 10; t += 2) {
            double y = height - t / 10.0 * height + 10;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"5\" y=\"%.1f\" font-size=\"10\">%.1f</text>%n", left, width, y, y, y + 3, t / 10.0));
        }
        for (int i = 0; i < sources.size(); i++) {
            StudySummary.Cell c = s.cell(sources.get(i), evaluation);
            double x = left + gap + i * (barW + gap);
            double top = height - c.accuracy().mean() * height + 10;
            double lo = height - c.accuracyCi().lower() * height + 10;
            double hi = height - c.accuracyCi().upper() * height + 10;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>%n",
                    x, top, barW, height + 10 - top, PALETTE[i % PALETTE.length]));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#000\"/>"
                            + "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#000\"/>"
                            + "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#000\"/>%n",
                    x + barW / 2.0, x + barW / 2.0, lo, hi, x + barW / 2.0 - 8, x + barW / 2.0 + 8, lo, lo,
                    x + barW / 2.0 - 8, x + barW / 2.0 + 8, hi, hi));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s %.3f</text>%n",
                    x + barW / 2.0, height + 28, Html.escape(sources.get(i)), c.accuracy().mean()));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Mean accuracy against the share of synthetic training images, one line per evaluation set, ±1 sd bars. */
    private static String fractionCurve(StudySummary s) {
        List<Line> lines = new ArrayList<>();
        for (String evaluation : s.evaluations()) {
            List<double[]> pts = s.fractionCurve().stream().filter(p -> p.evaluation().equals(evaluation))
                    .map(p -> new double[]{p.syntheticFraction(), p.accuracy().mean(),
                            p.accuracy().mean() - p.accuracy().sd(), p.accuracy().mean() + p.accuracy().sd()}).toList();
            if (!pts.isEmpty()) {
                lines.add(new Line(evaluation, pts));
            }
        }
        return lineChart("synthetic-fraction curve", "synthetic share of training images: 0 → 100 %", List.of(), lines);
    }

    /**
     * Mean accuracy along the sweep's first axis (its values evenly spaced, in the spec's order), one line per
     * source and setting of the other axes, whiskers the 95 % bootstrap interval of the seed mean.
     */
    private static String sweepCurve(StudySummary s, String evaluation) {
        String axis = s.sweepAxes().get(0);
        List<StudySummary.SweepPoint> points = s.sweep(evaluation);
        List<String> ticks = points.stream().map(p -> StudySummaryMarkdown.value(p.settings().get(axis))).distinct().toList();
        Map<String, List<double[]>> byLine = new LinkedHashMap<>();
        for (StudySummary.SweepPoint p : points) {
            StringBuilder name = new StringBuilder(p.source());
            p.settings().forEach((k, v) -> {
                if (!k.equals(axis)) {
                    name.append(' ').append(k).append(' ').append(StudySummaryMarkdown.value(v));
                }
            });
            int i = ticks.indexOf(StudySummaryMarkdown.value(p.settings().get(axis)));
            double x = ticks.size() == 1 ? 0.5 : i / (double) (ticks.size() - 1);
            byLine.computeIfAbsent(name.toString(), k -> new ArrayList<>()).add(new double[]{x, p.accuracy().mean(),
                    p.accuracyCi().lower(), p.accuracyCi().upper()});
        }
        List<Line> lines = new ArrayList<>();
        byLine.forEach((name, pts) -> lines.add(new Line(name, pts)));
        return lineChart("accuracy by " + axis, axis, ticks, lines);
    }

    /** One line of {@link #lineChart}: points {x in [0, 1], accuracy, whisker low, whisker high}. */
    private record Line(String name, List<double[]> points) {
    }

    /** Accuracy (0–1) against x (0–1), one coloured polyline per line with vertical whiskers, a legend on the right. */
    private static String lineChart(String label, String xAxis, List<String> xTicks, List<Line> lines) {
        int w = 360, hgt = 200, pad = 40;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">%n"
                        + "<rect x=\"%d\" y=\"10\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>"
                        + "<text x=\"2\" y=\"20\" font-size=\"10\">acc 1</text><text x=\"2\" y=\"%d\" font-size=\"10\">0</text>%n",
                w + pad + 220, hgt + 52, Html.escape(label), pad, w, hgt, pad, hgt + 40, Html.escape(xAxis), hgt + 10));
        for (int t = 0; t < xTicks.size(); t++) {
            double x = pad + (xTicks.size() == 1 ? 0.5 : t / (double) (xTicks.size() - 1)) * w;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>%n",
                    x, hgt + 24, Html.escape(xTicks.get(t))));
        }
        int i = 0;
        for (Line l : lines) {
            String colour = PALETTE[i % PALETTE.length];
            StringBuilder line = new StringBuilder();
            for (double[] p : l.points()) {
                double x = pad + p[0] * w;
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, 10 + hgt - p[1] * hgt));
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                        x, x, 10 + hgt - p[2] * hgt, 10 + hgt - p[3] * hgt, colour));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s</text>%n", line.toString().trim(), colour,
                    pad + w + 10, 25 + 15 * i, colour, Html.escape(l.name())));
            i++;
        }
        return svg.append("</svg>\n").toString();
    }

    /** Reliability diagram: accuracy against mean confidence per bin, one polyline per source, diagonal = calibrated. */
    private static String reliability(StudySummary s, String evaluation) {
        int size = 220, pad = 30;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"reliability diagram\">%n"
                        + "<rect x=\"%d\" y=\"10\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>"
                        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"10\" stroke=\"#bbb\" stroke-dasharray=\"4\"/>%n"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"10\">confidence →</text>"
                        + "<text x=\"2\" y=\"20\" font-size=\"10\">acc</text>%n",
                size + pad + 140, size + pad + 10, pad, size, size, pad, size + 10, pad + size, pad + size / 2 - 30, size + 25));
        int i = 0;
        for (String source : s.sources()) {
            StudySummary.Cell c = s.cell(source, evaluation);
            if (c == null) {
                continue;
            }
            StringBuilder pts = new StringBuilder();
            for (Calibration.Bin b : c.pooledCalibration().bins()) {
                if (b.count() > 0) {
                    pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", pad + b.meanConfidence() * size,
                            10 + size - b.accuracy() * size));
                }
            }
            String colour = PALETTE[i % PALETTE.length];
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s (ECE %.3f)</text>%n",
                    pts.toString().trim(), colour, pad + size + 10, 25 + 15 * i, colour, Html.escape(source), c.ece().mean()));
            i++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String confusion(String title, StudySummary.Cell c) {
        StringBuilder t = new StringBuilder("<table class=\"cm\"><caption>").append(Html.escape(title))
                .append(" — rows true, columns predicted</caption><tr><th></th>");
        c.confusion().classNames().forEach(n -> t.append("<th>").append(Html.escape(n)).append("</th>"));
        t.append("</tr>\n");
        double[][] rows = c.confusion().rowNormalized();
        for (int i = 0; i < rows.length; i++) {
            t.append("<tr><th>").append(Html.escape(c.confusion().classNames().get(i))).append("</th>");
            for (int j = 0; j < rows[i].length; j++) {
                int shade = (int) Math.round(255 - 180 * rows[i][j]);
                t.append(String.format(Locale.ROOT, "<td style=\"background:rgb(%d,%d,255)\" title=\"%.1f %%\">%d</td>",
                        shade, shade, 100 * rows[i][j], c.confusion().count(i, j)));
            }
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }
}
