package org.emotionworkbench.dataset.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadBudget;
import org.emotionworkbench.dataset.SourceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifest written from a folder, or read from JSON, is bounded by the same {@link LoadBudget}: a list of files costs
 * {@value LoadBudget#BYTES_PER_LISTED_FILE} bytes a file of its memory, and a manifest file over 256 MB is not read.
 */
class ManifestBudgetTest {
    @TempDir
    Path tmp;

    /** Room for a list of 10 files (and for 1 decoded image). */
    private static final LoadBudget TEN_LISTED = new LoadBudget(10 * LoadBudget.BYTES_PER_LISTED_FILE, "a test budget", 0);

    private Path tinyFiles(String name, int n) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("happy"));
        for (int i = 0; i < n; i++) {
            Files.write(dir.resolve(String.format("f%05d.png", i)), new byte[]{1, 2, 3});
        }
        return dir.getParent();
    }

    @Test
    void aFolderWithMoreFilesThanAListMayHoldIsRefusedWithWhatToDo() throws IOException {
        assertEquals(10, TEN_LISTED.maxListedFiles());
        assertEquals(1, TEN_LISTED.maxImages());
        Path big = tinyFiles("big", 11);
        DatasetException e = assertThrows(DatasetException.class,
                () -> DataSources.manifest(big.toString(), SourceOptions.defaults(), TEN_LISTED));
        String m = e.getMessage();
        assertTrue(m.contains(big.toAbsolutePath() + " holds 11 images") && m.contains("room for a list of 10")
                && m.contains("a test budget") && m.contains("nothing was written") && m.contains("-Xmx"), m);

        // more than a load may decode, but few enough to list: the manifest of a subset can still be written
        Path listable = tinyFiles("listable", 5);
        assertEquals(5, DataSources.manifest(listable.toString(), SourceOptions.defaults(), TEN_LISTED).size());
    }

    @Test
    void aManifestListingMoreFilesThanTheBudgetIsRefused() throws IOException {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            entries.add(new ManifestEntry(tmp.resolve(String.format("f%02d.png", i)), Emotion.SAD, DataSplit.TEST));
        }
        Path manifest = tmp.resolve("eleven.json");
        ManifestJson.write(new Manifest(List.of("test"), entries), manifest);
        DatasetException e = assertThrows(DatasetException.class, () -> ManifestJson.read(manifest, TEN_LISTED));
        assertTrue(e.getMessage().contains("eleven.json holds 11 images") && e.getMessage().contains("room for a list of 10"),
                e.getMessage());
        // the same file within the budget reads as before, entries in order
        Manifest m = ManifestJson.read(manifest, new LoadBudget(11 * LoadBudget.BYTES_PER_LISTED_FILE, "t", 0));
        assertEquals(entries, m.entries());
        assertEquals(List.of("test"), m.origin());
    }

    @Test
    void aManifestFileOver256MbIsRefusedBeforeItIsRead() throws IOException {
        Path huge = tmp.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ManifestJson.MAX_BYTES + 1); // sparse: no disk used
        }
        DatasetException e = assertThrows(DatasetException.class, () -> ManifestJson.read(huge, TEN_LISTED));
        assertTrue(e.getMessage().contains("huge.json is 256 MB; a manifest may be at most 256 MB"), e.getMessage());
        assertFalse(e.getMessage().contains("JSON"), e.getMessage());
    }

    @Test
    void problemsAndMalformedFilesAreStillNamed() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"files\": [{\"file\": \"a.png\", \"label\": \"glee\"}, {\"label\": \"sad\"}], "
                + "\"format\": \"" + ManifestJson.FORMAT + "\"}");
        DatasetException e = assertThrows(DatasetException.class, () -> ManifestJson.read(bad, TEN_LISTED));
        assertTrue(e.getMessage().contains("2 problem(s): entry 1 (a.png): unknown label 'glee'; entry 2 has no file"),
                e.getMessage());
        Files.writeString(bad, "{\"format\": \"" + ManifestJson.FORMAT + "\", \"files\": [{\"file\": ");
        e = assertThrows(DatasetException.class, () -> ManifestJson.read(bad, TEN_LISTED));
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
        Files.writeString(bad, "[1, 2]");
        e = assertThrows(DatasetException.class, () -> ManifestJson.read(bad, TEN_LISTED));
        assertTrue(e.getMessage().contains("is not a manifest"), e.getMessage());
    }
}
