package org.emotionworkbench.dataset;

import org.emotionworkbench.io.BoundedLineReader;
import org.emotionworkbench.io.BoundedLineReader.LineTooLongException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the original FER2013 CSV: header {@code emotion,pixels,Usage} (columns in any order; Usage optional),
 * emotion 0..6 in FER order (see {@link FolderLabels#fer2013Class}), pixels = 2,304 space-separated values 0..255,
 * Usage {@code Training} → train, {@code PublicTest}/{@code PrivateTest} → test (no Usage column: all train).
 *
 * <p>A bad row (wrong pixel count, value out of range, unknown emotion or usage) is skipped and reported with its line
 * number; it never aborts the load. A line longer than {@link #MAX_LINE_CHARS} characters (a FER2013 row is under 10 KB)
 * is skipped the same way without ever being held whole, as {@link SourcePixels} refuses such a row. Sample sources are {@code <csv path>#line<N>}. Pixels are {@code v/255} exactly as
 * an 8-bit gray 48×48 PNG of the same face decodes (see {@link Luminance#unit8}).
 */
public final class Fer2013Csv {
    /** The longest line read: the same 64 KB as {@link SourcePixels#MAX_ROW_BYTES}. */
    static final int MAX_LINE_CHARS = SourcePixels.MAX_ROW_BYTES;

    private Fer2013Csv() {
    }

    /** True if the file name ends in .csv (any case). */
    public static boolean isCsv(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * @throws DatasetException if the file is missing, has no emotion/pixels header, or has no valid row
     */
    public static LoadedDataset load(Path csv) {
        return load(csv, LoadBudget.forThisJvm());
    }

    /**
     * Loads at most {@link LoadBudget#maxImages()} rows: past that the rest are only counted, and the load is refused
     * with the budget's message (how many rows, how much memory, what to do).
     *
     * @throws DatasetException if the file is missing, has no emotion/pixels header, has no valid row, or has more
     *                          rows than the budget allows
     */
    public static LoadedDataset load(Path csv, LoadBudget budget) {
        Path abs = csv.toAbsolutePath().normalize();
        Map<DataSplit, List<Sample>> samples = new EnumMap<>(DataSplit.class);
        for (DataSplit s : DataSplit.values()) {
            samples.put(s, new ArrayList<>());
        }
        List<Skipped> skipped = new ArrayList<>();
        try (BoundedLineReader in = new BoundedLineReader(Files.newBufferedReader(abs, StandardCharsets.UTF_8),
                MAX_LINE_CHARS)) {
            String header;
            try {
                header = in.readLine();
            } catch (LineTooLongException e) {
                throw new DatasetException("FER2013 CSV " + abs + ": its header " + e.getMessage()
                        + "; expected a header emotion,pixels,Usage");
            }
            if (header == null) {
                throw new DatasetException("FER2013 CSV " + abs + " is empty; expected a header emotion,pixels,Usage");
            }
            String[] cols = header.replace("\uFEFF", "").split(",", -1);
            int emotionCol = -1;
            int pixelsCol = -1;
            int usageCol = -1;
            for (int i = 0; i < cols.length; i++) {
                switch (cols[i].trim().toLowerCase(Locale.ROOT)) {
                    case "emotion" -> emotionCol = i;
                    case "pixels" -> pixelsCol = i;
                    case "usage" -> usageCol = i;
                    default -> { }
                }
            }
            if (emotionCol < 0 || pixelsCol < 0) {
                throw new DatasetException("FER2013 CSV " + abs + " has header '" + header
                        + "'; expected columns emotion,pixels[,Usage]");
            }
            String line;
            int lineNo = 1;
            long rows = 0;
            long max = budget.maxImages();
            while (true) {
                try {
                    line = in.readLine();
                } catch (LineTooLongException e) {
                    lineNo++;
                    skipped.add(new Skipped(abs, e.getMessage() + " (a FER2013 row is under 10 KB)"));
                    continue;
                }
                if (line == null) {
                    break;
                }
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (++rows > max) { // too many: count the rest without keeping them, then refuse
                    samples.clear();
                    while (true) {
                        try {
                            line = in.readLine();
                        } catch (LineTooLongException e) {
                            rows++;
                            continue;
                        }
                        if (line == null) {
                            break;
                        }
                        rows += line.isBlank() ? 0 : 1;
                    }
                    budget.check(rows, abs);
                }
                String source = abs + "#line" + lineNo;
                try {
                    String[] f = line.split(",", -1);
                    if (f.length != cols.length) {
                        throw new IllegalArgumentException(f.length + " fields, expected " + cols.length);
                    }
                    Emotion label = FolderLabels.fer2013Class(parseInt(f[emotionCol].trim(), "emotion"));
                    DataSplit split = usageCol < 0 ? DataSplit.TRAIN : usage(f[usageCol].trim());
                    samples.get(split).add(new Sample(source, label, pixels(f[pixelsCol])));
                } catch (IllegalArgumentException e) {
                    skipped.add(new Skipped(abs, "line " + lineNo + ": " + e.getMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException("FER2013 CSV not found: " + abs);
        } catch (IOException e) {
            throw new DatasetException("cannot read FER2013 CSV " + abs + ": " + e.getMessage());
        }
        Map<DataSplit, Map<Emotion, Integer>> counts = new EnumMap<>(DataSplit.class);
        for (DataSplit s : DataSplit.values()) {
            Map<Emotion, Integer> perClass = new EnumMap<>(Emotion.class);
            samples.get(s).forEach(x -> perClass.merge(x.label(), 1, Integer::sum));
            counts.put(s, perClass);
        }
        int total = samples.get(DataSplit.TRAIN).size() + samples.get(DataSplit.TEST).size();
        LoadReport report = new LoadReport(abs, DatasetLayout.FER2013_CSV, counts, skipped, List.of(), IgnoredFiles.NONE, total, 0);
        if (total == 0) {
            throw new DatasetException("no valid rows in FER2013 CSV " + abs
                    + (skipped.isEmpty() ? "" : ", e.g. " + skipped.get(0).reason()));
        }
        return new LoadedDataset(abs, samples.get(DataSplit.TRAIN), samples.get(DataSplit.TEST), report);
    }

    static DataSplit usage(String usage) {
        return switch (usage.toLowerCase(Locale.ROOT)) {
            case "training", "train" -> DataSplit.TRAIN;
            case "publictest", "privatetest", "test" -> DataSplit.TEST;
            default -> throw new IllegalArgumentException("unknown Usage '" + usage + "' (expected Training, PublicTest or PrivateTest)");
        };
    }

    private static int parseInt(String s, String what) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: '" + s + "'");
        }
    }

    /** Parses 2,304 space-separated 0..255 values into v/255 floats. */
    static float[] pixels(String field) {
        float[] px = new float[ImageGeometry.PIXELS];
        int n = 0;
        int i = 0;
        int len = field.length();
        while (i < len) {
            while (i < len && field.charAt(i) == ' ') {
                i++;
            }
            if (i >= len) {
                break;
            }
            int v = 0;
            int start = i;
            while (i < len && field.charAt(i) != ' ') {
                char c = field.charAt(i);
                if (c < '0' || c > '9' || i - start > 3) {
                    throw new IllegalArgumentException("pixel value '" + field.substring(start, Math.min(len, start + 8)).trim()
                            + "' is not an integer 0..255");
                }
                v = v * 10 + (c - '0');
                i++;
            }
            if (v > 255) {
                throw new IllegalArgumentException("pixel value " + v + " is out of range 0..255");
            }
            if (n < px.length) {
                px[n] = Luminance.unit8(v);
            }
            n++;
        }
        if (n != ImageGeometry.PIXELS) {
            throw new IllegalArgumentException(n + " pixel values, expected " + ImageGeometry.PIXELS);
        }
        return px;
    }
}
