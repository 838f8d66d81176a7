package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FER2013 CSV line over 64 KB is skipped (never held whole) and named by its line number; the rest still loads. */
class Fer2013CsvLongLineTest {
    @TempDir
    Path tmp;

    private static final String ROW = "3," + "128 ".repeat(ImageGeometry.PIXELS - 1) + "128,Training";
    private static final LoadBudget BUDGET = new LoadBudget(100 * LoadBudget.BYTES_PER_IMAGE, "a test budget", 0);

    @Test
    void aGiganticRowIsSkippedWithItsLineNumberAndTheOthersLoad() throws IOException {
        Path csv = tmp.resolve("fer.csv");
        String giant = "3," + "1 ".repeat(200_000) + ",Training"; // 400 KB on one line
        Files.writeString(csv, "emotion,pixels,Usage\r\n" + ROW + "\r\n" + giant + "\r\n" + ROW + "\n");
        LoadedDataset d = Fer2013Csv.load(csv, BUDGET);
        assertEquals(2, d.train().size());
        List<Skipped> skipped = d.report().skippedFiles();
        assertEquals(1, skipped.size(), skipped.toString());
        String reason = skipped.get(0).reason();
        assertTrue(reason.contains("line 3 is longer than 64 KB"), reason);
        // the rows after the long one keep their line numbers, as SourcePixels names them
        assertTrue(d.train().get(1).source().endsWith("#line4"), d.train().get(1).source());
    }

    @Test
    void aGiganticHeaderIsRefusedInOneLine() throws IOException {
        Path csv = tmp.resolve("header.csv");
        Files.writeString(csv, "emotion," + "x".repeat(100_000) + ",pixels\n" + ROW + "\n");
        DatasetException e = assertThrows(DatasetException.class, () -> Fer2013Csv.load(csv, BUDGET));
        assertTrue(e.getMessage().contains("header line 1 is longer than 64 KB"), e.getMessage());
    }
}
