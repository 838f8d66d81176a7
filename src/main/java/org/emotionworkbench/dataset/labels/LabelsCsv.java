package org.emotionworkbench.dataset.labels;

import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.io.FileSizeLimit;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Labels CSV for unlabelled image folders (SFHQ): {@code file,label,source,confidence,review,p_angry,...,p_surprise}.
 * Only {@code file,label} are required when a user writes one by hand (source then defaults to human).
 *
 * <p>Row order when written: rows awaiting review first, most uncertain (lowest confidence) first, then the rest by
 * file. {@link #merge} keeps every human row over any model row for the same file.
 */
public final class LabelsCsv {
    private LabelsCsv() {
    }

    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("file", "label", "source", "confidence", "review"));
        Emotion.labels().forEach(l -> h.add("p_" + l));
        return h;
    }

    /** Existing rows updated with new ones; a human row is never replaced by a model row. Result in CSV order. */
    public static List<LabelRow> merge(List<LabelRow> existing, List<LabelRow> incoming) {
        Map<String, LabelRow> byFile = new LinkedHashMap<>();
        existing.forEach(r -> byFile.put(r.file(), r));
        for (LabelRow r : incoming) {
            LabelRow prev = byFile.get(r.file());
            if (prev != null && prev.origin() == LabelOrigin.HUMAN && r.origin() == LabelOrigin.MODEL) {
                continue;
            }
            byFile.put(r.file(), r);
        }
        return ordered(new ArrayList<>(byFile.values()));
    }

    /** Review rows by ascending confidence, then the others by file. */
    public static List<LabelRow> ordered(List<LabelRow> rows) {
        List<LabelRow> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing((LabelRow r) -> !r.review())
                .thenComparing(r -> r.review() ? r.confidence() : 0.0)
                .thenComparing(LabelRow::file));
        return out;
    }

    public static String toCsv(List<LabelRow> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", header())).append('\n');
        for (LabelRow r : ordered(rows)) {
            List<String> f = new ArrayList<>();
            f.add(quote(r.file()));
            f.add(r.label() == null ? "" : r.label().label());
            f.add(r.origin().label());
            f.add(String.format(Locale.ROOT, "%.6f", r.confidence()));
            f.add(r.review() ? "yes" : "no");
            for (int c = 0; c < Emotion.COUNT; c++) {
                f.add(r.probabilities() == null ? "" : String.format(Locale.ROOT, "%.6f", r.probabilities()[c]));
            }
            sb.append(String.join(",", f)).append('\n');
        }
        return sb.toString();
    }

    /** Writes the rows atomically (the old file or the new one, never half of one). */
    public static void write(List<LabelRow> rows, Path file) throws IOException {
        AtomicFiles.writeString(file.toAbsolutePath().normalize(), toCsv(rows));
    }

    /**
     * Reads a labels CSV (missing file: no rows).
     *
     * @throws DatasetException on a missing file/label header, an unknown class, or a file listed twice
     */
    public static List<LabelRow> read(Path file) {
        List<String> lines;
        try {
            FileSizeLimit.require(file, FileSizeLimit.MAX_CSV_BYTES, "labels CSV");
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        } catch (IOException e) {
            throw new DatasetException("cannot read labels CSV " + file + ": " + e.getMessage());
        }
        if (lines.isEmpty()) {
            return new ArrayList<>();
        }
        List<String> head = split(lines.get(0).replace("\uFEFF", ""));
        int fileCol = head.indexOf("file");
        int labelCol = head.indexOf("label");
        if (fileCol < 0 || labelCol < 0) {
            throw new DatasetException("labels CSV " + file + " needs a header with columns file,label; got " + lines.get(0));
        }
        int sourceCol = head.indexOf("source");
        int confCol = head.indexOf("confidence");
        int reviewCol = head.indexOf("review");
        int p0 = head.indexOf("p_" + Emotion.values()[0].label());
        List<LabelRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = split(lines.get(i));
            try {
                String name = get(f, fileCol);
                if (seen.put(name, i + 1) != null) {
                    throw new IllegalArgumentException(name + " is listed twice (also line " + seen.get(name) + ")");
                }
                String labelText = get(f, labelCol);
                Emotion label = labelText.isBlank() ? null : Emotion.fromName(labelText).orElseThrow(
                        () -> new IllegalArgumentException("unknown class '" + labelText + "'; use one of " + Emotion.labels()));
                LabelOrigin origin = sourceCol < 0 ? LabelOrigin.HUMAN : LabelOrigin.parse(get(f, sourceCol));
                if (origin == LabelOrigin.HUMAN && label == null) {
                    origin = LabelOrigin.MODEL;
                }
                double conf = confCol < 0 || get(f, confCol).isBlank() ? 1.0 : Double.parseDouble(get(f, confCol));
                boolean review = reviewCol >= 0 && get(f, reviewCol).equalsIgnoreCase("yes");
                float[] probs = null;
                if (p0 >= 0 && !get(f, p0).isBlank()) {
                    probs = new float[Emotion.COUNT];
                    for (int c = 0; c < Emotion.COUNT; c++) {
                        probs[c] = Float.parseFloat(get(f, p0 + c));
                    }
                }
                rows.add(new LabelRow(name, label, origin, conf, review, probs));
            } catch (IllegalArgumentException e) {
                throw new DatasetException("labels CSV " + file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return rows;
    }

    /** The usable rows as a manifest (all train); relative files resolve against {@code imagesDir}. */
    public static Manifest toManifest(List<LabelRow> rows, Path imagesDir, Path labelsFile) {
        List<ManifestEntry> entries = new ArrayList<>();
        int unusable = 0;
        for (LabelRow r : rows) {
            if (r.usable()) {
                entries.add(new ManifestEntry(imagesDir.resolve(r.file()), r.label(), DataSplit.TRAIN));
            } else {
                unusable++;
            }
        }
        return new Manifest(List.of("labels " + labelsFile.toAbsolutePath().normalize() + " for images in "
                + imagesDir.toAbsolutePath().normalize() + " (" + unusable + " row(s) unlabelled or awaiting review left out)"), entries);
    }

    private static String get(List<String> f, int col) {
        if (col >= f.size()) {
            throw new IllegalArgumentException("too few fields");
        }
        return f.get(col).trim();
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
