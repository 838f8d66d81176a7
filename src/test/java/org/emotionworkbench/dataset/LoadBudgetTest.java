package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestEntry;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.dataset.manifest.ManifestLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset with more images than a load may hold is refused before any is decoded, with the count, the memory and
 * what to do; a scan can be cancelled. (A probe of a million files is {@code HostileDatasetProbe}, not a test.)
 */
class LoadBudgetTest {
    @TempDir
    Path tmp;

    /** Room for exactly 1,000 images. */
    private static final LoadBudget THOUSAND = new LoadBudget(1000 * LoadBudget.BYTES_PER_IMAGE, "a test budget", 0);

    /** {@code n} files of a few bytes named like PNGs (none decodes) under {@code <root>/happy/}. */
    private Path tinyFiles(String name, int n) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("happy"));
        for (int i = 0; i < n; i++) {
            Files.write(dir.resolve(String.format("f%05d.png", i)), new byte[]{1, 2, 3});
        }
        return dir.getParent();
    }

    private LoadOptions options(LoadBudget b) {
        return LoadOptions.defaults().withCacheDir(tmp.resolve("cache")).withThreads(1).withBudget(b);
    }

    @Test
    void oneImageMoreThanTheMemoryAllowsIsRefusedBeforeDecodingWithWhatToDo() throws IOException {
        Path root = tinyFiles("big", 1001);
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.load(root, options(THOUSAND)));
        String m = e.getMessage();
        assertTrue(m.contains("holds 1,001 images"), m);
        assertTrue(m.contains("would need 8 MB of memory"), m);
        assertTrue(m.contains("allows 8 MB (a test budget), room for 1,000 images"), m);
        assertTrue(m.contains("nothing was decoded") && m.contains("dataset manifest --data " + root.toAbsolutePath())
                && m.contains("dataset match") && m.contains("-Xmx"), m);
        assertFalse(Files.exists(tmp.resolve("cache")), "no pixel cache was written: nothing was decoded");

        Path fits = tinyFiles("fits", 10); // at the limit the load goes on (and finds nothing decodable here)
        LoadBudget ten = new LoadBudget(10 * LoadBudget.BYTES_PER_IMAGE, "a test budget", 0);
        DatasetException d = assertThrows(DatasetException.class, () -> DatasetLoader.load(fits, options(ten)));
        assertTrue(d.getMessage().contains("no decodable images"), d.getMessage());
    }

    @Test
    void anImageCapIsNamedAsTheLimit() throws IOException {
        Path root = tinyFiles("capped", 11);
        LoadBudget tenImages = new LoadBudget(1L << 30, "a test budget", 10);
        assertEquals(10, tenImages.maxImages());
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.load(root, options(tenImages)));
        assertTrue(e.getMessage().contains("holds 11 images") && e.getMessage().contains(
                "the limit is 10 images (-D" + LoadBudget.MAX_IMAGES_PROPERTY + ")"), e.getMessage());
    }

    @Test
    void aManifestListingTooManyFilesIsRefusedToo() throws IOException {
        Path root = tinyFiles("listed", 11);
        List<ManifestEntry> entries = new ArrayList<>();
        try (var s = Files.list(root.resolve("happy"))) {
            s.sorted().forEach(p -> entries.add(new ManifestEntry(p, Emotion.HAPPY, DataSplit.TRAIN)));
        }
        Path manifest = tmp.resolve("m.json");
        ManifestJson.write(new Manifest(List.of("test"), entries), manifest);
        DatasetException e = assertThrows(DatasetException.class,
                () -> ManifestLoader.load(manifest, options(new LoadBudget(10 * LoadBudget.BYTES_PER_IMAGE, "a test", 0)),
                        LoadMonitor.NONE));
        assertTrue(e.getMessage().contains("holds 11 images") && e.getMessage().contains("m.json"), e.getMessage());
    }

    @Test
    void aFer2013CsvWithMoreRowsThanTheBudgetIsRefusedWithTheRowCount() throws IOException {
        String row = "3," + "128 ".repeat(ImageGeometry.PIXELS - 1) + "128,Training\n";
        Path csv = tmp.resolve("fer.csv");
        Files.writeString(csv, "emotion,pixels,Usage\n" + row.repeat(11));
        LoadBudget ten = new LoadBudget(10 * LoadBudget.BYTES_PER_IMAGE, "a test budget", 0);
        DatasetException e = assertThrows(DatasetException.class,
                () -> DataSources.load(csv.toString(), SourceOptions.defaults(), options(ten), LoadMonitor.NONE));
        assertTrue(e.getMessage().contains("fer.csv holds 11 images") && e.getMessage().contains("room for 10 images"),
                e.getMessage());
        Files.writeString(csv, "emotion,pixels,Usage\n" + row.repeat(10));
        assertEquals(10, DataSources.load(csv.toString(), SourceOptions.defaults(), options(ten), LoadMonitor.NONE)
                .train().size());
    }

    @Test
    void theScanReportsWhatItFoundAndStopsWhenCancelled() throws IOException {
        Path root = tinyFiles("cancel", DatasetScanner.REPORT_EVERY + 1);
        AtomicInteger reports = new AtomicInteger();
        AtomicBoolean cancel = new AtomicBoolean();
        List<Long> found = new ArrayList<>();
        LoadMonitor monitor = new LoadMonitor() {
            @Override
            public void scanning(long images) {
                found.add(images);
                reports.incrementAndGet();
                cancel.set(true); // the user presses Cancel after the first report
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        assertThrows(LoadCancelledException.class,
                () -> DatasetLoader.load(root, FolderLabels.names(), options(null), monitor));
        assertEquals(List.of(1000L), found, "one report, then the scan stopped");
        assertFalse(Files.exists(tmp.resolve("cache")));
    }

    @Test
    void theDefaultBudgetIsHalfTheHeapAndACapComesFromTheProperty() {
        LoadBudget b = LoadBudget.forThisJvm();
        assertEquals(Math.max(LoadBudget.BYTES_PER_IMAGE, Runtime.getRuntime().maxMemory() / 2), b.memoryBytes());
        assertTrue(b.memorySource().contains("Java heap"), b.memorySource());
        String old = System.getProperty(LoadBudget.MAX_IMAGES_PROPERTY);
        try {
            System.setProperty(LoadBudget.MAX_IMAGES_PROPERTY, "1,234");
            assertEquals(1234, LoadBudget.forThisJvm().maxImages());
            System.setProperty(LoadBudget.MAX_IMAGES_PROPERTY, "lots");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, LoadBudget::forThisJvm);
            assertTrue(e.getMessage().contains("must be a number of images"), e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty(LoadBudget.MAX_IMAGES_PROPERTY);
            } else {
                System.setProperty(LoadBudget.MAX_IMAGES_PROPERTY, old);
            }
        }
    }
}
