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
}
