package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {
    @TempDir
    Path tmp;

    private LoadOptions options() {
        return LoadOptions.defaults().withCacheDir(tmp.resolve("cache")).withThreads(2);
    }

    private static Path png(Path file, int seed) {
        BufferedImage img = new BufferedImage(48, 48, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                img.getRaster().setSample(x, y, 0, (x * seed + y) % 256);
            }
        }
        return TestImages.write(img, "png", file);
    }

    @Test
    void brokenAndOddFilesAreReportedNotFatal() throws IOException {
        Path root = tmp.resolve("odd");
        png(root.resolve("train/happy/a.png"), 1);
        png(root.resolve("train/happy/nested/deeper/b.png"), 2);
        png(root.resolve("train/Anger/c.PNG"), 3);
        TestImages.write(TestImages.filled(1, 1, BufferedImage.TYPE_INT_RGB, 0x336699), "png", root.resolve("train/sad/tiny.png"));
        TestImages.write(TestImages.filled(2000, 5, BufferedImage.TYPE_INT_RGB, 0x336699), "png", root.resolve("train/sad/wide.png"));
        png(root.resolve("test/neutral/d.png"), 4);
        png(root.resolve("train/contempt/e.png"), 5);
        Files.createFile(root.resolve("train/happy/empty.jpg"));
        byte[] jpeg = TestImages.encode(TestImages.grayRamp(100, 100), "jpg");
        Files.write(root.resolve("train/sad/cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        Files.writeString(root.resolve("test/neutral/text.png"), "not an image");
        Files.writeString(root.resolve("train/happy/readme.txt"), "ignored");
        Files.writeString(root.resolve("train/happy/.DS_Store"), "ignored");

        LoadedDataset ds = DatasetLoader.load(root, options());
        LoadReport r = ds.report();
        assertEquals(DatasetLayout.TRAIN_TEST, r.layout());
        assertEquals(2, r.count(DataSplit.TRAIN, Emotion.HAPPY));
        assertEquals(1, r.count(DataSplit.TRAIN, Emotion.ANGRY));
        assertEquals(2, r.count(DataSplit.TRAIN, Emotion.SAD));
        assertEquals(1, r.count(DataSplit.TEST, Emotion.NEUTRAL));
        assertEquals(5, ds.train().size());
        assertEquals(1, ds.test().size());
        assertEquals(6, r.totalLoaded());

        Map<String, String> skipped = r.skippedFiles().stream()
                .collect(Collectors.toMap(s -> root.relativize(s.path()).toString(), Skipped::reason));
        assertEquals(Map.of(
                "train/happy/empty.jpg", "empty file",
                "train/sad/cut.jpg", "truncated JPEG",
                "test/neutral/text.png", "not an image (format not recognised)"), skipped);
        assertEquals(List.of(new Skipped(root.resolve("train/contempt"), "not an emotion class: contempt")),
                r.skippedFolders());
        assertEquals(2, r.ignored().count());
        assertEquals(List.of(root.resolve("train/happy/.DS_Store"), root.resolve("train/happy/readme.txt")),
                r.ignored().firstNames());
        assertTrue(r.toText().contains("2 non-image or hidden file(s) ignored:\n    " + root.resolve("train/happy/.DS_Store")),
                r.toText());
        assertTrue(r.toText().contains("not an emotion class: contempt"), r.toText());
        assertTrue(r.toText().contains("truncated JPEG"), r.toText());

        // deterministic order: sorted by path
        List<String> sources = ds.train().stream().map(Sample::source).toList();
        assertEquals(sources.stream().sorted().toList(), sources);
        assertTrue(ds.train().stream().noneMatch(s -> s.source().contains("contempt")));
    }

    @Test
    void flatLayoutIsAllTraining() {
        Path root = tmp.resolve("flat");
        png(root.resolve("happiness/a.png"), 1);
        png(root.resolve("fearful/b.png"), 2);
        LoadedDataset ds = DatasetLoader.load(root, options());
        assertEquals(DatasetLayout.FLAT, ds.report().layout());
        assertEquals(2, ds.train().size());
        assertTrue(ds.test().isEmpty());
        assertEquals(List.of(Emotion.FEAR, Emotion.HAPPY), ds.train().stream().map(Sample::label).toList());
    }

    @Test
    void unusableRootsAreClearErrors() throws IOException {
        String missing = assertThrows(DatasetException.class,
                () -> DatasetLoader.load(tmp.resolve("nope"), options())).getMessage();
        assertTrue(missing.contains("not found"), missing);

        Path noClasses = Files.createDirectories(tmp.resolve("empty/contempt"));
        String msg = assertThrows(DatasetException.class,
                () -> DatasetLoader.load(noClasses.getParent(), options())).getMessage();
        assertTrue(msg.startsWith("no class folders (angry, disgust,"), msg);
        assertTrue(msg.contains("expected <root>/{train,test}/<class>/ or <root>/<class>/"), msg);

        Path noImages = Files.createDirectories(tmp.resolve("noimg/happy"));
        Files.writeString(noImages.resolve("a.txt"), "x");
        assertTrue(assertThrows(DatasetException.class, () -> DatasetLoader.load(noImages.getParent(), options()))
                .getMessage().startsWith("no image files"));

        Path allBad = Files.createDirectories(tmp.resolve("bad/sad"));
        Files.createFile(allBad.resolve("a.png"));
        assertTrue(assertThrows(DatasetException.class, () -> DatasetLoader.load(allBad.getParent(), options()))
                .getMessage().startsWith("no decodable images"));
    }

    @Test
    void cacheReturnsIdenticalPixelsAndTracksChanges() throws Exception {
        Path root = tmp.resolve("cached");
        png(root.resolve("train/happy/a.png"), 1);
        Path b = png(root.resolve("train/happy/b.png"), 2);
        // a float-valued (non-8-bit) sample too: 16-bit gray shrunk 3:1
        BufferedImage g16 = new BufferedImage(144, 144, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 144; y++) {
            for (int x = 0; x < 144; x++) {
                g16.getRaster().setSample(x, y, 0, (x * 977 + y * 331) % 65536);
            }
        }
        TestImages.write(g16, "png", root.resolve("test/sad/c.png"));
        Files.createFile(root.resolve("test/sad/broken.jpg"));

        LoadedDataset first = DatasetLoader.load(root, options());
        assertEquals(4, first.report().decodedNow()); // decode attempts, the broken file included
        assertEquals(1, first.report().skippedFiles().size());
        LoadedDataset second = DatasetLoader.load(root, options());
        assertEquals(0, second.report().decodedNow());
        assertEquals(4, second.report().fromCache()); // includes the cached failure
        assertSamePixels(first, second);
        assertEquals(first.report().skippedFiles(), second.report().skippedFiles());

        // modified file -> re-decoded, others from cache
        png(b, 9);
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 5000));
        LoadedDataset third = DatasetLoader.load(root, options());
        assertEquals(1, third.report().decodedNow());
        float[] fresh = ImagePreprocessor.load(b);
        assertArrayEquals(fresh, third.train().get(1).pixels());

        // corrupted cache files -> ignored, rebuilt, same pixels
        try (var files = Files.list(tmp.resolve("cache"))) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x55;
                Files.write(f, bytes);
            }
        }
        LoadedDataset fourth = DatasetLoader.load(root, options());
        assertEquals(4, fourth.report().decodedNow());
        assertSamePixels(third, fourth);
        // truncated cache file -> ignored too
        try (var files = Files.list(tmp.resolve("cache"))) {
            for (Path f : files.toList()) {
                Files.write(f, Arrays.copyOf(Files.readAllBytes(f), 20));
            }
        }
        assertSamePixels(third, DatasetLoader.load(root, options()));
        assertEquals(4, DatasetLoader.load(root, options()).report().fromCache());
    }

    @Test
    void noCacheWritesNothing() {
        Path root = tmp.resolve("nocache");
        png(root.resolve("happy/a.png"), 1);
        DatasetLoader.load(root, options().withoutCache());
        assertTrue(Files.notExists(tmp.resolve("cache")));
    }

    @Test
    void optionsRejectInvalidValues() {
        assertThrows(IllegalArgumentException.class, () -> new LoadOptions(null, false, -1));
        assertEquals(Path.of("/x"), new LoadOptions(Path.of("/x"), false, 0).resolvedCacheDir());
    }

    private static void assertSamePixels(LoadedDataset a, LoadedDataset b) {
        assertEquals(a.train().size(), b.train().size());
        assertEquals(a.test().size(), b.test().size());
        for (int i = 0; i < a.train().size(); i++) {
            assertEquals(a.train().get(i).source(), b.train().get(i).source());
            assertArrayEquals(a.train().get(i).pixels(), b.train().get(i).pixels());
        }
        for (int i = 0; i < a.test().size(); i++) {
            assertArrayEquals(a.test().get(i).pixels(), b.test().get(i).pixels());
        }
    }
}
