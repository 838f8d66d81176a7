package org.emotionworkbench.ui.compare;

import org.emotionworkbench.io.Html;
import org.emotionworkbench.run.ConfigDiff;

import java.util.List;
import java.util.Locale;

/**
 * The HTML report of compared runs (self-contained: no scripts, no external files), rendered from a
 * {@link ComparedRunsReport} of the Runs tab: the runs table's rows and columns, the metric bars (numbered, with
 * 95 % whiskers, as inline SVG) with a legend and a table of their figures, McNemar's tests as the screen lists
 * them, and the configuration differences. Table rows carry a class ({@code run}, {@code bar}, {@code mcnemar},
 * {@code setting}) so the report can be checked against the screen.
 */
final class ComparedRunsHtml {
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    private ComparedRunsHtml() {
    }

    static String render(ComparedRunsReport r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Compared runs</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}")
                .append("th{background:#f3f3f3}.num{text-align:right}.differs{background:#fff3c4;font-weight:bold}")
                .append(".note{color:#666;font-size:90%;white-space:pre-wrap}.legend span{display:inline-block;width:10px;height:10px;margin-right:6px}")
                .append("\n</style></head><body>\n<h1>Compared runs</h1>\n");
        runs(h, r.runs());
        h.append("<h2>").append(Html.escape(r.metric().toString())).append(" — ").append(Html.escape(r.grouping().toString())).append("</h2>\n");
        h.append(chart(r.bars(), r.metric()));
        bars(h, r.bars());
        mcnemar(h, r.mcnemar(), r.mcnemarMessage());
        differences(h, r.diffRuns(), r.diffRows(), r.diffSummary());
        return h.append("</body></html>\n").toString();
    }

    private static void runs(StringBuilder h, List<RunRow> runs) {
        h.append("<h2>Runs</h2>\n<table id=\"runs\"><tr>");
        for (RunColumn c : RunColumn.values()) {
            h.append("<th title=\"").append(Html.escape(c.tooltip())).append("\">").append(Html.escape(c.header())).append("</th>");
        }
        h.append("<th>Folder</th></tr>\n");
        for (RunRow row : runs) {
            h.append("<tr class=\"run\">");
            for (RunColumn c : RunColumn.values()) {
                h.append("<td>").append(Html.escape(c.text(row))).append("</td>");
            }
            h.append("<td>").append(Html.escape(row.key().toString())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void bars(StringBuilder h, List<MetricBar> bars) {
        h.append("<table id=\"bars\"><tr><th>#</th><th>run or group</th><th>value</th><th>95 % interval</th><th>what it is</th></tr>\n");
        for (int i = 0; i < bars.size(); i++) {
            MetricBar b = bars.get(i);
            h.append(String.format(Locale.ROOT, "<tr class=\"bar\"><td>%s</td><td>%s</td><td class=\"num\">%.3f</td>"
                            + "<td class=\"num\">%s</td><td>%s</td></tr>%n", MetricChartView.barNumber(i), Html.escape(b.label()),
                    b.value(), b.hasInterval() ? String.format(Locale.ROOT, "%.3f – %.3f", b.lower(), b.upper()) : "–",
                    Html.escape(b.detail())));
        }
        h.append("</table>\n");
    }

    /** Numbered bars with whiskers, as on the screen; the legend below gives each number's label. */
    private static String chart(List<MetricBar> bars, Metric metric) {
        int barW = 40, gap = 16, height = 200, left = 40;
        int width = left + bars.size() * (barW + gap) + gap;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s per run\">%n",
                width, height + 30, Html.escape(metric.toString())));
        for (int t = 0; t <= 10; t += 2) {
            double y = height - t / 10.0 * height + 10;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"5\" y=\"%.1f\" font-size=\"10\">%.1f</text>%n", left, width, y, y, y + 3, t / 10.0));
        }
        for (int i = 0; i < bars.size(); i++) {
            MetricBar b = bars.get(i);
            double x = left + gap + i * (barW + gap);
            double cx = x + barW / 2.0;
            double top = y(b.value(), height);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>%n",
                    x, top, barW, height + 10 - top, PALETTE[i % PALETTE.length], Html.escape(b.detail())));
            if (b.hasInterval()) {
                double lo = y(b.lower(), height);
                double hi = y(b.upper(), height);
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1fV%.1fM%.1f %.1fH%.1fM%.1f %.1fH%.1f\" stroke=\"#263238\"/>%n",
                        cx, lo, hi, cx - 6, lo, cx + 6, cx - 6, hi, cx + 6));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>%n",
                    cx, height + 25, MetricChartView.barNumber(i)));
        }
        svg.append("</svg>\n<p class=\"legend\">");
        for (int i = 0; i < bars.size(); i++) {
            svg.append("<span style=\"background:").append(PALETTE[i % PALETTE.length]).append("\"></span>")
                    .append(MetricChartView.barNumber(i)).append(" ").append(Html.escape(bars.get(i).label())).append("<br>");
        }
        return svg.append("</p>\n").toString();
    }

    private static double y(double value, int height) {
        return height - value * height + 10;
    }

    private static void mcnemar(StringBuilder h, List<McNemarRow> rows, String message) {
        h.append("<h2>McNemar's test</h2>\n<table id=\"mcnemar\"><tr><th>Run A</th><th>Run B</th><th>b</th><th>c</th>"
                + "<th>Test</th><th>p</th><th>Verdict</th></tr>\n");
        for (McNemarRow m : rows) {
            h.append(String.format(Locale.ROOT, "<tr class=\"mcnemar\"><td>%s</td><td>%s</td><td class=\"num\">%d</td>"
                            + "<td class=\"num\">%d</td><td>%s</td><td class=\"num\">%s</td><td>%s</td></tr>%n",
                    Html.escape(m.a()), Html.escape(m.b()), m.onlyA(), m.onlyB(), Html.escape(m.testText()), Html.escape(m.pText()), Html.escape(m.verdict())));
        }
        h.append("</table>\n<p class=\"note\">b: images only A got right; c: only B. Exact binomial test when fewer "
                + "than 25 images are discordant, else χ² with continuity correction.</p>\n");
        if (message != null && !message.isBlank()) {
            h.append("<p class=\"note\">").append(Html.escape(message)).append("</p>\n");
        }
    }

    private static void differences(StringBuilder h, List<String> runs, List<ConfigDiff.Row> rows, String summary) {
        h.append("<h2>Configuration</h2>\n<p class=\"note\">").append(Html.escape(summary)).append("</p>\n");
        if (rows.isEmpty()) {
            return;
        }
        h.append("<table id=\"settings\"><tr><th>setting</th>");
        runs.forEach(n -> h.append("<th>").append(Html.escape(n)).append("</th>"));
        h.append("</tr>\n");
        for (ConfigDiff.Row row : rows) {
            h.append("<tr class=\"setting\"><td").append(row.differs() ? " class=\"differs\"" : "").append(">")
                    .append(Html.escape(row.key())).append("</td>");
            row.values().forEach(v -> h.append("<td>").append(Html.escape(v == null ? "" : v)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

}
