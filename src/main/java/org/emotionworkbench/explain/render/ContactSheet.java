package org.emotionworkbench.explain.render;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.explain.Heatmap;
import org.emotionworkbench.io.Html;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sheet of faces, one row each: the face, its heatmap for the predicted class, its heatmap for the true class,
 * and its class probabilities. As one PNG, or as self-contained HTML (images inlined).
 */
public final class ContactSheet {
    private static final int TEXT_WIDTH = 190;
    private static final int PAD = 6;

    /** One row of the sheet. */
    public record Entry(String file, float[] pixels, Emotion trueLabel, Emotion predicted, float[] probabilities,
                        Heatmap predictedMap, Heatmap trueMap) {
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(pixels, "pixels");
            Objects.requireNonNull(predicted, "predicted");
            Objects.requireNonNull(predictedMap, "predictedMap");
            if (probabilities == null || probabilities.length != Emotion.COUNT) {
                throw new IllegalArgumentException("need " + Emotion.COUNT + " probabilities");
            }
        }
    }

    private ContactSheet() {
    }

    public static BufferedImage png(String title, List<Entry> entries, HeatmapRenderer renderer) {
        int cell = renderer.size();
        int rowHeight = Math.max(cell, 8 * 15) + PAD;
        int width = PAD + 3 * (cell + PAD) + TEXT_WIDTH;
        int height = 30 + Math.max(1, entries.size()) * rowHeight;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(title + "  (face | predicted-class heatmap | true-class heatmap)", PAD, 18);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
            int y = 30;
            for (Entry e : entries) {
                g.drawImage(renderer.face(e.pixels()), PAD, y, null);
                g.drawImage(renderer.overlay(e.pixels(), e.predictedMap()), PAD + cell + PAD, y, null);
                if (e.trueMap() != null) {
                    g.drawImage(renderer.overlay(e.pixels(), e.trueMap()), PAD + 2 * (cell + PAD), y, null);
                }
                int tx = PAD + 3 * (cell + PAD);
                g.drawString(shorten(e.file(), 26), tx, y + 11);
                for (Emotion c : Emotion.values()) {
                    String mark = c == e.predicted() ? " <pred" : c == e.trueLabel() ? " <true" : "";
                    g.drawString(String.format(Locale.ROOT, "%-8s %5.3f%s", c.label(), e.probabilities()[c.ordinal()], mark),
                            tx, y + 26 + 13 * c.ordinal());
                }
                y += rowHeight;
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    public static String html(String title, List<Entry> entries, HeatmapRenderer renderer) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(Html.escape(title))
                .append("</title>\n<style>body{font-family:sans-serif}td{padding:4px;vertical-align:top}"
                        + "img{image-rendering:pixelated}.p{font-family:monospace;white-space:pre}</style></head><body>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n<table>\n")
                .append("<tr><th>face</th><th>heatmap: predicted class</th><th>heatmap: true class</th><th>probabilities</th></tr>\n");
        for (Entry e : entries) {
            sb.append("<tr><td>").append(img(renderer.face(e.pixels()), "face"))
                    .append("<br><small>").append(Html.escape(e.file())).append("</small></td><td>")
                    .append(img(renderer.overlay(e.pixels(), e.predictedMap()), "predicted " + e.predicted()))
                    .append("<br>").append(Html.escape(e.predicted().label())).append("</td><td>");
            if (e.trueMap() != null) {
                sb.append(img(renderer.overlay(e.pixels(), e.trueMap()), "true " + e.trueLabel()))
                        .append("<br>").append(Html.escape(e.trueLabel().label()));
            }
            sb.append("</td><td class=\"p\">");
            for (Emotion c : Emotion.values()) {
                String line = String.format(Locale.ROOT, "%-8s %5.3f", c.label(), e.probabilities()[c.ordinal()]);
                boolean strong = c == e.predicted() || c == e.trueLabel();
                sb.append(strong ? "<b>" : "").append(Html.escape(line)).append(strong ? "</b>" : "").append('\n');
            }
            sb.append("</td></tr>\n");
        }
        return sb.append("</table>\n</body></html>\n").toString();
    }

    private static String img(BufferedImage image, String alt) {
        return "<img alt=\"" + Html.escape(alt) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(HeatmapRenderer.pngBytes(image)) + "\">";
    }


    private static String shorten(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }
}
