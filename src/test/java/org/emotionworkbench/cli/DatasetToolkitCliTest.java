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
    void aFlatFolderGetsAHeldOutTestSplitThatAMixNeverDrawsFrom() throws Exception {
        Path synth = tmp.resolve("synth");
        for (int i = 0; i < 10; i++) {
            png(synth.resolve("happy/h" + i + ".png"), i + 1);
        }
        Path held = tmp.resolve("held.json");
        assertEquals(0, run("dataset", "manifest", "--data", synth.toString(), "--test-fraction", "0.2", "--seed", "3",
                "--out", held.toString()), err.toString());
        assertTrue(out.toString().contains("train {angry=0, disgust=0, fear=0, happy=8"), out.toString());
        assertTrue(out.toString().contains("test {angry=0, disgust=0, fear=0, happy=2"), out.toString());
        Path real = tmp.resolve("real");
        for (int i = 0; i < 9; i++) {
            png(real.resolve("train/happy/r" + i + ".png"), i + 40);
        }
        // all 9 real training faces replaced by synthetic ones: only 8 are not held out
        assertEquals(3, run("dataset", "mix", "--real", real.toString(), "--synthetic", held.toString(),
                "--fraction", "1", "--out", tmp.resolve("mix.json").toString()), err.toString());
        assertTrue(out.toString().contains("shortfall: happy: wanted 9, source has only 8"), out.toString());
        var heldOut = org.emotionworkbench.dataset.manifest.ManifestJson.read(held)
                .entries(org.emotionworkbench.dataset.DataSplit.TEST).stream().map(e -> e.file()).toList();
        assertEquals(2, heldOut.size());
        assertTrue(org.emotionworkbench.dataset.manifest.ManifestJson.read(tmp.resolve("mix.json")).entries().stream()
                .noneMatch(e -> heldOut.contains(e.file())), "a held-out face was mixed in");
        assertEquals(2, run("dataset", "manifest", "--data", held.toString(), "--test-fraction", "0.2",
                "--out", tmp.resolve("again.json").toString()));
        assertTrue(err.toString().contains("already has a test split (2 images)"), err.toString());
        assertEquals(2, run("dataset", "manifest", "--data", synth.toString(), "--test-fraction", "1.5",
                "--out", tmp.resolve("bad.json").toString()));
        assertTrue(err.toString().contains("--test-fraction must be between 0 and 1"), err.toString());
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
