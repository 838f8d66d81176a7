package org.emotionworkbench.dataset.labelmap;

import org.emotionworkbench.dataset.ClassFolders;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.FolderLabels;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadMonitor;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.SourceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelMapTest {
    static Path foreignFolder(Path root) throws IOException {
        image(root.resolve("marah/a.png"));
        image(root.resolve("marah/b.png"));
        image(root.resolve("senang/c.png"));
        image(root.resolve("jijik-mungkin/d.png"));
        Files.createDirectories(root.resolve("kosong"));
        return root;
    }

    static void image(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
    }

    private static LabelMap map(Object... pairs) {
        Map<String, Optional<Emotion>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], Optional.ofNullable((Emotion) pairs[i + 1]));
        }
        return new LabelMap(m);
    }

    @Test
    void classFoldersListsEveryFolderWithItsImagesAndSaysAMapIsNeeded(@TempDir Path tmp) throws IOException {
        ClassFolders found = ClassFolders.of(foreignFolder(tmp.resolve("sd")), FolderLabels.names());
        assertEquals(List.of("jijik-mungkin", "kosong", "marah", "senang"), found.names());
        assertEquals(List.of(1, 0, 2, 1), found.folders().stream().map(ClassFolders.Folder::images).toList());
        assertTrue(found.needsLabelMap());
        assertFalse(ClassFolders.of(tmp.resolve("sd"), FolderLabels.read(
                map("marah", Emotion.ANGRY, "senang", Emotion.HAPPY, "jijik-mungkin", null).write(tmp.resolve("m.json"))))
                .needsLabelMap());
        image(tmp.resolve("sd/happy/e.png"));
        assertFalse(ClassFolders.of(tmp.resolve("sd"), FolderLabels.names()).needsLabelMap(),
                "one emotion folder loads as it is; the others are reported as skipped");
    }

    @Test
    void classFoldersMergesTrainAndTestFolders(@TempDir Path tmp) throws IOException {
        image(tmp.resolve("d/train/Sedih/a.png"));
        image(tmp.resolve("d/test/sedih/b.png"));
        image(tmp.resolve("d/test/happy/c.png"));
        ClassFolders found = ClassFolders.of(tmp.resolve("d"), FolderLabels.names());
        assertEquals(List.of("happy", "sedih"), found.names(), "test/ is listed before train/; the first spelling wins");
        assertEquals(2, found.folders().get(1).images());
        assertFalse(found.folders().get(0).unknown());
    }

    @Test
    void aWrittenMapReadsBackAndLoadsTheFolder(@TempDir Path tmp) throws IOException {
        Path root = foreignFolder(tmp.resolve("sd"));
        LabelMap m = map("marah", Emotion.ANGRY, "senang", Emotion.HAPPY, "jijik-mungkin", null);
        Path file = m.write(tmp.resolve("maps/sd.json"));
        assertEquals(m.entries(), LabelMap.read(file).entries());
        LoadedDataset ds = DataSources.load(root.toString(), new SourceOptions(null, file, null),
                LoadOptions.defaults().withCacheDir(tmp.resolve("cache")), LoadMonitor.NONE);
        assertEquals(2, ds.report().count(DataSplit.TRAIN, Emotion.ANGRY));
        assertEquals(1, ds.report().count(DataSplit.TRAIN, Emotion.HAPPY));
        assertEquals(3, ds.train().size());
    }

    @Test
    void refusesAMapThatSkipsEverythingOrNamesAFolderTwice() {
        assertThrows(IllegalArgumentException.class, () -> map("a", null, "b", null));
        assertThrows(IllegalArgumentException.class, () -> map("Marah", Emotion.ANGRY, "marah", Emotion.SAD));
        assertThrows(IllegalArgumentException.class, () -> map(" ", Emotion.ANGRY));
    }

    @Test
    void readingABrokenFileGivesADatasetError(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("bad.json"), "{\"marah\": \"furious\"}");
        DatasetException e = assertThrows(DatasetException.class, () -> LabelMap.read(f));
        assertTrue(e.getMessage().contains("furious"), e.getMessage());
    }

    @Test
    void theStoreRemembersAMapForExactlyOneFolder(@TempDir Path tmp) throws IOException {
        Path sd = foreignFolder(tmp.resolve("a/faces"));
        Path other = foreignFolder(tmp.resolve("b/faces"));
        LabelMapStore store = new LabelMapStore(tmp.resolve("ws/label-maps"));
        assertTrue(store.optionsFor(sd.toString()).isDefault());
        Path saved = store.save(sd, map("marah", Emotion.ANGRY));
        assertEquals(Optional.of(saved), store.find(sd));
        assertEquals(saved, store.optionsFor(sd.toString()).labelMap());
        assertEquals(saved, store.optionsFor(sd.resolve("../faces").toString()).labelMap());
        assertTrue(store.optionsFor(other.toString()).isDefault(), "another folder of the same name gets no map");
        assertTrue(store.optionsFor(tmp.resolve("missing").toString()).isDefault());
        assertTrue(store.forget(sd));
        assertTrue(store.find(sd).isEmpty());
    }

    @Test
    void aCorruptRememberedMapIsSetAsideAndTheFolderOpensWithoutIt(@TempDir Path tmp) throws IOException {
        Path sd = foreignFolder(tmp.resolve("a/faces"));
        Path other = foreignFolder(tmp.resolve("b/faces"));
        LabelMapStore store = new LabelMapStore(tmp.resolve("ws/label-maps"));
        Path good = store.save(other, map("marah", Emotion.ANGRY));
        Path bad = Files.writeString(store.fileFor(sd), "{\"marah\": \"furi");
        assertFalse(store.optionsFor(sd.toString()).isDefault(), "before the check, the corrupt map would be applied");

        java.util.List<String> problems = store.setAsideUnreadable();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("the remembered label map " + bad.getFileName() + " cannot be read"),
                problems.get(0));
        assertFalse(problems.get(0).contains("[Source"), problems.get(0));
        assertTrue(store.optionsFor(sd.toString()).isDefault(), "the folder opens as if it had no map");
        assertEquals(good, store.optionsFor(other.toString()).labelMap(), "a good map stays");
        try (java.util.stream.Stream<Path> s = Files.list(store.dir())) {
            assertEquals(1, s.filter(f -> f.getFileName().toString().startsWith(bad.getFileName() + ".bad-")).count(),
                    "the corrupt map is kept, not deleted");
        }
        assertTrue(store.setAsideUnreadable().isEmpty(), "set aside once");
    }
}
