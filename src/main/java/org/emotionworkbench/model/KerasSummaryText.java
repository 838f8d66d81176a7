package org.emotionworkbench.model;

import java.util.List;
import java.util.Locale;

/**
 * Keras' text summary layout, shared by the summary of a spec ({@link ModelSummary}) and of a built network
 * ({@link NetworkSummary}): a title, a header row, one row per layer separated by blank lines, then the totals. Every
 * column but the last is padded to its widest cell plus four spaces; the last is written as it is.
 */
final class KerasSummaryText {
    private KerasSummaryText() {
    }

    /**
     * @param headers         the column headers, the last one unpadded
     * @param rows            one list of cells per layer, as many as headers
     * @param lastColumnWidth how much the rules reserve for the last column
     */
    static String render(String title, List<String> headers, List<List<String>> rows, int lastColumnWidth,
                         long total, long trainable, long nonTrainable) {
        int padded = headers.size() - 1;
        int[] widths = new int[padded];
        int width = lastColumnWidth;
        for (int c = 0; c < padded; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
            widths[c] += 4;
            width += widths[c];
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Model: \"").append(title).append("\"\n");
        sb.append("_".repeat(width)).append('\n');
        appendRow(sb, headers, widths);
        sb.append("=".repeat(width)).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            appendRow(sb, rows.get(i), widths);
            if (i < rows.size() - 1) {
                sb.append('\n');
            }
        }
        sb.append("=".repeat(width)).append('\n');
        sb.append("Total params: ").append(grouped(total)).append('\n');
        sb.append("Trainable params: ").append(grouped(trainable)).append('\n');
        sb.append("Non-trainable params: ").append(grouped(nonTrainable)).append('\n');
        sb.append("_".repeat(width)).append('\n');
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            String s = cells.get(c);
            sb.append(s.length() >= widths[c] ? s + " " : s + " ".repeat(widths[c] - s.length()));
        }
        sb.append(cells.get(widths.length)).append('\n');
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
