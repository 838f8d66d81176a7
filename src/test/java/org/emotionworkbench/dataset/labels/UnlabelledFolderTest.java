package org.emotionworkbench.dataset.labels;

import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.ImageFile;
import org.emotionworkbench.dataset.LoadMonitor;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnlabelledFolderTest {
    @TempDir
    Path tmp;

    @Test
    void imagesAreFoundRecursivelySortedAndLoadedWithTheirRelativeNames() throws Exception {
        Path faces = tmp.resolve("faces");
        SampleDataGenerator.generate(faces, 2, 0, 5);
        Files.writeString(faces.resolve("notes.txt"), "not an image");
        Files.writeString(faces.resolve(".hidden.png"), "hidden");
        List<ImageFile> files = UnlabelledFolder.list(faces);
        assertEquals(14, files.size());
        assertTrue(files.get(0).path().toString().compareTo(files.get(1).path().toString()) < 0);
        LoadedDataset ds = UnlabelledFolder.load(faces, LoadOptions.defaults().withoutCache(), LoadMonitor.NONE);
        assertEquals(14, ds.train().size());
        assertEquals("train/angry/angry_0000.png", UnlabelledFolder.relativeName(faces, ds.train().get(0).source()));
    }

    @Test
    void aMissingOrEmptyFolderIsAClearError() throws Exception {
        assertThrows(DatasetException.class, () -> UnlabelledFolder.list(tmp.resolve("nope")));
        Files.createDirectories(tmp.resolve("empty"));
        DatasetException e = assertThrows(DatasetException.class, () -> UnlabelledFolder.list(tmp.resolve("empty")));
        assertTrue(e.getMessage().contains("no image files"));
    }

    @Test
    void aFolderOverTheBudgetIsRefusedAndTheListingReportsAndCanBeCancelled() throws Exception {
        Path many = Files.createDirectories(tmp.resolve("many/deep"));
        for (int i = 0; i < UnlabelledFolder.REPORT_EVERY + 1; i++) {
            Files.write(many.resolve(String.format("f%05d.png", i)), new byte[]{1, 2, 3});
        }
        org.emotionworkbench.dataset.LoadBudget thousand = new org.emotionworkbench.dataset.LoadBudget(
                1000 * org.emotionworkbench.dataset.LoadBudget.BYTES_PER_IMAGE, "a test budget", 0);
        DatasetException e = assertThrows(DatasetException.class, () -> UnlabelledFolder.load(tmp.resolve("many"),
                LoadOptions.defaults().withoutCache().withBudget(thousand), LoadMonitor.NONE));
        assertTrue(e.getMessage().contains("holds 1,001 images") && e.getMessage().contains("room for 1,000 images"),
                e.getMessage());

        List<Long> reports = new java.util.ArrayList<>();
        LoadMonitor cancelAtFirstReport = new LoadMonitor() {
            @Override
            public void scanning(long images) {
                reports.add(images);
            }

            @Override
            public boolean cancelled() {
                return !reports.isEmpty();
            }
        };
        assertThrows(org.emotionworkbench.dataset.LoadCancelledException.class,
                () -> UnlabelledFolder.list(tmp.resolve("many"), null, cancelAtFirstReport));
        assertEquals(1, reports.size(), "one report, then the listing stopped");
    }
}
