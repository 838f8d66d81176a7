package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoredFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aLoadReportNamesTheFirstFiftyIgnoredFilesByPathAndCountsTheRest() throws IOException {
        Path root = tmp.resolve("faces");
        TestImages.write(TestImages.grayRamp(48, 48), "png", root.resolve("happy/a.png"));
        for (int i = 59; i >= 0; i--) {
            Files.writeString(root.resolve(String.format("happy/notes-%02d.txt", i)), "not a face");
        }

        LoadReport r = DatasetLoader.load(root, LoadOptions.defaults().withCacheDir(tmp.resolve("cache")).withThreads(1))
                .report();

        assertEquals(60, r.ignored().count());
        assertEquals(IntStream.range(0, 50).mapToObj(i -> root.resolve(String.format("happy/notes-%02d.txt", i))).toList(),
                r.ignored().firstNames());
        String text = r.toText();
        assertTrue(text.contains("60 non-image or hidden file(s) ignored:\n    " + root.resolve("happy/notes-00.txt")), text);
        assertTrue(text.contains("    ... and 10 more\n"), text);
        assertFalse(text.contains("notes-50"), text);
    }

    @Test
    void noIgnoredFilesSayNothing() {
        Path root = tmp.resolve("faces");
        TestImages.write(TestImages.filled(48, 48, BufferedImage.TYPE_BYTE_GRAY, 0), "png", root.resolve("sad/a.png"));

        LoadReport r = DatasetLoader.load(root, LoadOptions.defaults().withCacheDir(tmp.resolve("cache"))).report();

        assertEquals(IgnoredFiles.NONE, r.ignored());
        assertFalse(r.toText().contains("ignored"), r.toText());
    }

    @Test
    void moreNamesThanTheBoundAreRefused() {
        List<Path> names = IntStream.range(0, 51).mapToObj(i -> Path.of("f" + i)).toList();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IgnoredFiles(51, names));

        assertEquals("at most 50 ignored files are named, got 51", e.getMessage());
    }
}
