package org.emotionworkbench.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {
    @TempDir
    Path tmp;

    private static List<Path> pngs(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void writesTheClassFolderLayoutWithGrayPngsAndAReadme() throws IOException {
        Path out = tmp.resolve("sample-data");
        SampleDataGenerator.Result r = SampleDataGenerator.generate(out, 3, 2, 5);
        assertEquals(7 * 5, r.imagesWritten());
        for (Emotion e : Emotion.values()) {
            assertTrue(Files.isRegularFile(out.resolve("train/" + e.label() + "/" + e.label() + "_0002.png")));
            assertTrue(Files.isRegularFile(out.resolve("test/" + e.label() + "/" + e.label() + "_0001.png")));
        }
        assertEquals(35, pngs(out).size());
        BufferedImage img = ImageIO.read(out.resolve("train/happy/happy_0000.png").toFile());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType());
        assertEquals(48, img.getWidth());
        assertEquals(48, img.getHeight());
        String readme = Files.readString(out.resolve("README.md"));
        assertTrue(readme.contains(SampleDataGenerator.MARKER));
        assertTrue(readme.contains("sample-data --out") && readme.contains("--train-per-class 3")
                && readme.contains("--test-per-class 2") && readme.contains("--seed 5"), readme);
    }

    @Test
    void writesByteIdenticalFilesForTheSameSeed() throws IOException {
        SampleDataGenerator.generate(tmp.resolve("a"), 2, 1, 42);
        SampleDataGenerator.generate(tmp.resolve("b"), 2, 1, 42);
        SampleDataGenerator.generate(tmp.resolve("c"), 2, 1, 43);
        List<Path> a = pngs(tmp.resolve("a"));
        List<Path> b = pngs(tmp.resolve("b"));
        List<Path> c = pngs(tmp.resolve("c"));
        assertEquals(a.size(), b.size());
        int differing = 0;
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
            differing += java.util.Arrays.equals(Files.readAllBytes(a.get(i)), Files.readAllBytes(c.get(i))) ? 0 : 1;
        }
        assertEquals(a.size(), differing);
    }

    @Test
    void keepsTrainAndTestImagesDistinct() throws IOException {
        Path out = tmp.resolve("d");
        SampleDataGenerator.generate(out, 1, 1, 8);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(out.resolve("train/sad/sad_0000.png")),
                Files.readAllBytes(out.resolve("test/sad/sad_0000.png"))));
    }

    @Test
    void refusesAForeignNonEmptyFolderUnlessToldToOverwrite() throws IOException {
        Path out = tmp.resolve("mine");
        Files.createDirectories(out);
        Path precious = Files.writeString(out.resolve("notes.txt"), "keep me");
        IOException e = assertThrows(IOException.class, () -> SampleDataGenerator.generate(out, 1, 1, 1));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(List.of(), pngs(out));
        SampleDataGenerator.generate(out, 1, 1, 1, true);
        assertEquals(14, pngs(out).size());
        assertEquals("keep me", Files.readString(precious));
    }

    @Test
    void regeneratingAPreviousOutputReplacesItsImagesAndKeepsOtherFiles() throws IOException {
        Path out = tmp.resolve("again");
        SampleDataGenerator.generate(out, 4, 2, 1);
        Path extra = Files.writeString(out.resolve("train/happy/my-note.txt"), "x");
        SampleDataGenerator.generate(out, 2, 0, 9);
        assertEquals(14, pngs(out).size());
        assertFalse(Files.exists(out.resolve("train/happy/happy_0003.png")));
        assertFalse(Files.exists(out.resolve("test")));
        assertTrue(Files.exists(extra));
        assertTrue(Files.readString(out.resolve("README.md")).contains("--seed 9"));
    }

    @Test
    void rejectsInvalidCounts() {
        assertThrows(IllegalArgumentException.class, () -> SampleDataGenerator.generate(tmp.resolve("x"), -1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SampleDataGenerator.generate(tmp.resolve("x"), 0, 0, 1));
    }
}
