package org.emotionworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetToolkitCliTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private void png(Path file, int seed) throws Exception {
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                img.setRGB(x, y, (x * seed + y * 7) * 0x010101 & 0xFFFFFF);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }

    @Test
    void matchIsDeterministicReportsShortfallsAndExportNeverTouchesTheSource() throws Exception {
        Path src = tmp.resolve("src");
        for (int i = 0; i < 6; i++) {
            png(src.resolve("happy/h" + i + ".png"), i + 1);
        }
        png(src.resolve("sad/s0.png"), 9);
        Path ref = tmp.resolve("ref");
        for (int i = 0; i < 3; i++) {
            png(ref.resolve("train/happy/r" + i + ".png"), i + 20);
            png(ref.resolve("test/sad/q" + i + ".png"), i + 30);
        }
        assertEquals(3, run("dataset", "match", "--source", src.toString(), "--reference", ref.toString(),
                "--out", tmp.resolve("a.json").toString(), "--seed", "5"), err.toString());
        assertTrue(out.toString().contains("shortfall: sad: wanted 3, source has only 1"), out.toString());
        run("dataset", "match", "--source", src.toString(), "--reference", ref.toString(), "--out", tmp.resolve("b.json").toString(), "--seed", "5");
        assertEquals(Files.readString(tmp.resolve("a.json")), Files.readString(tmp.resolve("b.json")));

        long before = Files.walk(src).count();
        assertEquals(0, run("dataset", "export", "--data", tmp.resolve("a.json").toString(), "--out", tmp.resolve("exp").toString()), err.toString());
        assertEquals(3, Files.list(tmp.resolve("exp/happy")).count());
        assertEquals(before, Files.walk(src).count());
    }

    @Test
    void numericFoldersWithoutALayoutAreAUserErrorNamingTheOptions() throws Exception {
        png(tmp.resolve("n/0/a.png"), 1);
        assertEquals(2, run("dataset", "inspect", tmp.resolve("n").toString(), "--no-cache"));
        assertTrue(err.toString().contains("--layout affectnet"), err.toString());
        assertEquals(0, run("dataset", "inspect", tmp.resolve("n").toString(), "--no-cache", "--layout", "affectnet"), err.toString());
        assertTrue(out.toString().contains("neutral") && out.toString().contains("200x200"), out.toString());
    }

    @Test
    void inspectNamesTiffFacesAsImagesAndIgnoredFilesByPath() throws Exception {
        Path face = tmp.resolve("posed/fear/KA.FE1.tiff");
        Files.createDirectories(face.getParent());
        assertTrue(ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_BYTE_GRAY), "tiff", face.toFile()));
        Files.writeString(tmp.resolve("posed/fear/README"), "a note");

        assertEquals(0, run("dataset", "inspect", tmp.resolve("posed").toString(), "--no-cache"), err.toString());

        assertTrue(out.toString().contains("1 images loaded"), out.toString());
        assertTrue(out.toString().contains("1 non-image or hidden file(s) ignored:\n    " + tmp.resolve("posed/fear/README")),
                out.toString());
    }
}
