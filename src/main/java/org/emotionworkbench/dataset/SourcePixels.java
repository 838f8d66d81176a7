package org.emotionworkbench.dataset;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The network's view of one face (48×48 luminance in [0,1], exactly as the loaders preprocess it), found by the name
 * a sample source gives it — what {@code predictions.csv} lists: an image file (a relative path is resolved against
 * a base folder), or a row of a FER2013 CSV ({@code <csv path>#line<N>}, as {@link Fer2013Csv} names its samples).
 *
 * <p>The first row read from a CSV scans it once and remembers where every line starts, so showing hundreds of
 * faces of a 35,887-row CSV reads each row directly. Thread-safe.
 */
public final class SourcePixels {
    private static final String LINE_MARK = "#line";
    /** A FER2013 row is under 10 KB (2,304 values of at most 3 digits, a label and a usage); longer lines are refused. */
    static final int MAX_ROW_BYTES = 64 * 1024;

    private final Path base;
    private final Map<Path, CsvIndex> indexes = new HashMap<>();

    /** Where relative image paths start; null for the current folder. */
    public SourcePixels(Path base) {
        this.base = base;
    }

    /** True when {@code source} names a row of a CSV rather than an image file. */
    public static boolean isCsvRow(String source) {
        int at = source.lastIndexOf(LINE_MARK);
        return at > 0 && source.length() > at + LINE_MARK.length()
                && source.substring(at + LINE_MARK.length()).chars().allMatch(Character::isDigit);
    }

    /** The file a source lives in: the image itself, or the CSV of a CSV row. */
    public Path file(String source) {
        String f = isCsvRow(source) ? source.substring(0, source.lastIndexOf(LINE_MARK)) : source;
        Path p = Path.of(f);
        return p.isAbsolute() || base == null ? p : base.resolve(p);
    }

    /** The 48×48 pixels of the face; a missing, unreadable or malformed source is a {@link DecodeException}. */
    public float[] load(String source) throws DecodeException {
        if (source == null || source.isBlank()) {
            throw new DecodeException("no image source given");
        }
        Path file;
        try {
            file = file(source);
        } catch (java.nio.file.InvalidPathException e) {
            throw new DecodeException("not a file path: " + source, e);
        }
        if (!isCsvRow(source)) {
            return ImagePreprocessor.load(file);
        }
        int line = Integer.parseInt(source.substring(source.lastIndexOf(LINE_MARK) + LINE_MARK.length()));
        return csvRow(file, line);
    }

    private float[] csvRow(Path csv, int line) throws DecodeException {
        CsvIndex index = index(csv);
        if (line < 2 || line > index.offsets.length) {
            throw new DecodeException("line " + line + " is not a data row of " + csv + " (" + index.offsets.length
                    + " lines)");
        }
        String text;
        try (RandomAccessFile in = new RandomAccessFile(csv.toFile(), "r")) {
            long start = index.offsets[line - 1];
            long end = line < index.offsets.length ? index.offsets[line] : in.length();
            if (end - start > MAX_ROW_BYTES) {
                throw new DecodeException("line " + line + " of " + csv + " is " + (end - start) + " bytes, longer than "
                        + "a FER2013 row can be (at most " + MAX_ROW_BYTES / 1024 + " KB); not read");
            }
            byte[] bytes = new byte[(int) (end - start)];
            in.seek(start);
            in.readFully(bytes);
            text = new String(bytes, StandardCharsets.UTF_8).replaceAll("[\r\n]+$", "");
        } catch (IOException e) {
            throw new DecodeException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        String[] fields = text.split(",", -1);
        if (fields.length <= index.pixelsColumn) {
            throw new DecodeException("line " + line + " of " + csv + " has no pixels field");
        }
        try {
            return Fer2013Csv.pixels(fields[index.pixelsColumn]);
        } catch (IllegalArgumentException e) {
            throw new DecodeException("line " + line + " of " + csv + ": " + e.getMessage(), e);
        }
    }

    /** Line starts and the pixels column of a CSV, rebuilt when the file changes. */
    private record CsvIndex(long[] offsets, int pixelsColumn, long size, long modified) {
    }

    private synchronized CsvIndex index(Path csv) throws DecodeException {
        Path key = csv.toAbsolutePath().normalize();
        long size;
        long modified;
        try {
            size = Files.size(key);
            modified = Files.getLastModifiedTime(key).toMillis();
        } catch (IOException e) {
            throw new DecodeException("CSV not found or unreadable: " + csv, e);
        }
        CsvIndex known = indexes.get(key);
        if (known != null && known.size == size && known.modified == modified) {
            return known;
        }
        CsvIndex built = build(key, size, modified);
        indexes.put(key, built);
        return built;
    }

    /** One pass over the bytes; line terminators as BufferedReader sees them (\n, \r, \r\n). */
    private static CsvIndex build(Path csv, long size, long modified) throws DecodeException {
        long[] offsets = new long[1024];
        int lines = 1;
        StringBuilder header = new StringBuilder();
        boolean inHeader = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            long pos = 0;
            boolean lastWasCr = false;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++, pos++) {
                    byte b = buf[i];
                    if (b == '\n' && lastWasCr) {
                        offsets[lines - 1] = pos + 1; // \r\n: the line starts after the \n
                        lastWasCr = false;
                        continue;
                    }
                    lastWasCr = b == '\r';
                    if (b == '\n' || b == '\r') {
                        inHeader = false;
                        if (lines == offsets.length) {
                            offsets = Arrays.copyOf(offsets, lines * 2);
                        }
                        offsets[lines++] = pos + 1;
                    } else if (inHeader) {
                        header.append((char) (b & 0xff));
                    }
                }
            }
            if (lines > 1 && offsets[lines - 1] >= size) {
                lines--; // a final terminator starts no line
            }
        } catch (IOException e) {
            throw new DecodeException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        String[] cols = header.toString().replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").split(",", -1);
        int pixels = -1;
        for (int i = 0; i < cols.length; i++) {
            if (cols[i].trim().toLowerCase(Locale.ROOT).equals("pixels")) {
                pixels = i;
            }
        }
        if (pixels < 0) {
            throw new DecodeException(csv + " has no 'pixels' column");
        }
        return new CsvIndex(Arrays.copyOf(offsets, lines), pixels, size, modified);
    }
}
