package org.emotionworkbench.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourcePixelsTest {
    @TempDir
    Path tmp;

    private static String row(int emotion, int seed, String usage) {
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < ImageGeometry.PIXELS; i++) {
            j.add(Integer.toString((i * seed + 7) % 256));
        }
        return emotion + "," + j + "," + usage;
    }

    @Test
    void csvRowsGiveThePixelsTheLoaderGaveThoseSamples() throws Exception {
        Path csv = tmp.resolve("fer.csv");
        // CRLF line ends and a blank line: line numbers must still match the loader's
        Files.writeString(csv, "emotion,pixels,Usage\r\n" + row(3, 1, "Training") + "\r\n\r\n"
                + row(5, 2, "PublicTest") + "\r\n" + row(0, 3, "Training") + "\r\n");
        LoadedDataset ds = DataSources.load(csv.toString(), LoadOptions.defaults().withoutCache());
        List<Sample> all = new java.util.ArrayList<>(ds.train());
        all.addAll(ds.test());
        assertEquals(3, all.size());
        SourcePixels loader = new SourcePixels(null);
        for (Sample s : all) {
            assertTrue(SourcePixels.isCsvRow(s.source()), s.source());
            assertArrayEquals(s.pixels(), loader.load(s.source()), s.source());
        }
        DecodeException e = assertThrows(DecodeException.class, () -> loader.load(csv + "#line99"));
        assertTrue(e.getMessage().contains("line 99"), e.getMessage());
    }

    @Test
    void imageFilesAreResolvedAgainstTheBaseAndPreprocessedAsTheLoaderDoes() throws Exception {
        Path dir = tmp.resolve("faces");
        TestImages.write(TestImages.grayRamp(96, 64), "png", dir.resolve("a.png"));
        float[] expected = ImagePreprocessor.load(dir.resolve("a.png"));
        assertArrayEquals(expected, new SourcePixels(tmp).load("faces/a.png"));
        assertArrayEquals(expected, new SourcePixels(null).load(dir.resolve("a.png").toString()));
        assertFalse(SourcePixels.isCsvRow(dir.resolve("a.png").toString()));
        DecodeException missing = assertThrows(DecodeException.class, () -> new SourcePixels(tmp).load("faces/none.png"));
        assertEquals("file not found", missing.getMessage());
    }

    @Test
    void aCsvLineLongerThanAnyFer2013RowIsRefusedWithoutReadingIt() throws Exception {
        Path csv = tmp.resolve("long.csv");
        Files.writeString(csv, "emotion,pixels,Usage\n3," + "1 ".repeat(SourcePixels.MAX_ROW_BYTES) + ",Training\n");
        DecodeException e = assertThrows(DecodeException.class, () -> new SourcePixels(null).load(csv + "#line2"));
        assertTrue(e.getMessage().contains("line 2 of " + csv) && e.getMessage().contains("longer than a FER2013 row"),
                e.getMessage());
    }
}
