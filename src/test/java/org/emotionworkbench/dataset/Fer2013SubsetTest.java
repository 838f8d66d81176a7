package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Integration: 20 real FER2013 files per class and split, copied from ../shared/datasets/fer2013 (skipped if absent). */
class Fer2013SubsetTest {
    private static final Path FER = Path.of("..", "shared", "datasets", "fer2013");
    private static final int PER_CLASS = 20;

    @Test
    void loadsARealSubset(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(FER.resolve("train")), "FER2013 not found at " + FER.toAbsolutePath());
        Path root = tmp.resolve("fer");
        int expectedTrain = 0;
        int expectedTest = 0;
        for (String split : List.of("train", "test")) {
            for (Emotion e : Emotion.values()) {
                Path src = FER.resolve(split).resolve(e.label());
                List<Path> files;
                try (Stream<Path> s = Files.list(src)) {
                    files = s.sorted().limit(PER_CLASS).toList();
                }
                Path dst = Files.createDirectories(root.resolve(split).resolve(e.label()));
                for (Path f : files) {
                    Files.copy(f, dst.resolve(f.getFileName()));
                }
                if (split.equals("train")) {
                    expectedTrain += files.size();
                } else {
                    expectedTest += files.size();
                }
            }
        }
        LoadOptions opts = LoadOptions.defaults().withCacheDir(tmp.resolve("cache"));
        LoadedDataset ds = DatasetLoader.load(root, opts);
        assertEquals(DatasetLayout.TRAIN_TEST, ds.report().layout());
        assertEquals(expectedTrain, ds.train().size());
        assertEquals(expectedTest, ds.test().size());
        assertEquals(List.of(), ds.report().skippedFiles());
        for (Emotion e : Emotion.values()) {
            assertEquals(Math.min(PER_CLASS, countIn(root.resolve("train").resolve(e.label()))),
                    ds.report().count(DataSplit.TRAIN, e));
        }

        // a known image: 48x48 8-bit gray JPEG, so the pixels are exactly the decoded bytes / 255
        Sample first = ds.train().get(0);
        BufferedImage img = ImageIO.read(Path.of(first.source()).toFile());
        assertEquals(48, img.getWidth());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType());
        float[] direct = new float[ImageGeometry.PIXELS];
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                direct[y * 48 + x] = (float) (img.getRaster().getSample(x, y, 0) / 255.0);
            }
        }
        assertArrayEquals(direct, first.pixels());

        LoadedDataset again = DatasetLoader.load(root, opts);
        assertEquals(expectedTrain + expectedTest, again.report().fromCache());
        assertArrayEquals(first.pixels(), again.train().get(0).pixels());
    }

    private static long countIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
