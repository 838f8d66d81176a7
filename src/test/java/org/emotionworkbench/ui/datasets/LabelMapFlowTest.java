package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetCounts;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.labelmap.LabelMap;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.ui.UiTestSupport;
import org.emotionworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A folder named in Indonesian: the editor opens by itself, its map is remembered for that folder only. */
class LabelMapFlowTest {
    @TempDir
    Path tmp;
    private WorkbenchContext context;
    private OpenDatasetViewModel vm;

    @BeforeEach
    void setUp() {
        context = UiTestSupport.directContext(tmp);
        vm = new OpenDatasetViewModel(context);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    /** Sample faces in class folders marah (angry), senang (happy), sedih (sad) and an unknown one, flat. */
    private Path indonesianFolder() throws Exception {
        return ForeignFolders.make(tmp, tmp.resolve("sd/faces"), 3, 1,
                Map.of("angry", "marah", "happy", "senang", "sad", "sedih", "fear", "xyz"));
    }

    private Path englishFolder() throws Exception {
        Path root = tmp.resolve("fer");
        SampleDataGenerator.generate(root, 2, 1, 1);
        return root;
    }

    private void waitUntilLoaded() throws InterruptedException {
        for (int i = 0; i < 600 && (vm.loadingProperty().get() || context.datasetProperty().get() == null); i++) {
            Thread.sleep(50);
        }
        assertNotNull(context.datasetProperty().get(), "loaded: " + vm.messageProperty().get());
    }

    @Test
    void openingAForeignFolderOpensTheEditorWithSuggestionsInsteadOfFailing() throws Exception {
        Path root = indonesianFolder();
        vm.pathProperty().set(root.toString());
        assertFalse(vm.open());
        assertTrue(vm.infoProperty().get().contains("label map editor"), vm.infoProperty().get());
        assertEquals("", vm.messageProperty().get(), "opening the editor is not an error");
        LabelMapEditorModel editor = vm.labelMapEditorProperty().get();
        assertNotNull(editor);
        assertEquals(List.of("marah", "sedih", "senang", "xyz"), editor.rows().stream().map(LabelMapRow::folder).toList());
        assertEquals(List.of("angry", "sad", "happy", "skip"),
                editor.rows().stream().map(r -> r.choiceProperty().get()).toList());
        assertEquals("no suggestion: choose", editor.rows().get(3).suggestion());
        assertEquals(3, editor.rows().get(0).images());
        assertNull(context.datasetProperty().get(), "nothing is opened before the user says so");
    }

    @Test
    void saveAndOpenRemembersTheMapForThatFolderAndLoadsIt() throws Exception {
        Path root = indonesianFolder();
        vm.pathProperty().set(root.toString());
        vm.open();
        LabelMapEditorModel editor = vm.labelMapEditorProperty().get();
        editor.rows().get(3).choiceProperty().set("fear");
        assertEquals("4 of 4 folders → 12 images in 4 classes; 0 skipped (0 images)", editor.summary());
        assertTrue(vm.applyLabelMap());
        assertNull(vm.labelMapEditorProperty().get());
        waitUntilLoaded();
        LoadedDataset ds = context.datasetProperty().get();
        assertEquals(3, ds.report().count(DataSplit.TRAIN, Emotion.FEAR));
        assertEquals(12, ds.train().size());
        Path saved = context.labelMaps().find(root).orElseThrow();
        assertTrue(saved.startsWith(tmp.resolve("ws/label-maps")), saved.toString());
        assertEquals(java.util.Optional.of(Emotion.ANGRY), LabelMap.read(saved).classOf("marah"));

        // remembered: a fresh screen opens the same folder with no editor and no typed path
        OpenDatasetViewModel again = new OpenDatasetViewModel(context);
        context.datasetProperty().set(null);
        again.pathProperty().set(root.toString());
        assertTrue(again.open());
        assertNull(again.labelMapEditorProperty().get());
        assertEquals(saved.toString(), again.source().labelMapProperty().get());
    }

    @Test
    void theMapDoesNotStickToTheNextDataset() throws Exception {
        Path root = indonesianFolder();
        Path fer = englishFolder();
        vm.pathProperty().set(root.toString());
        vm.open();
        vm.applyLabelMap();
        waitUntilLoaded();
        assertFalse(vm.source().labelMapProperty().get().isBlank());
        vm.pathProperty().set(fer.toString());
        assertEquals("", vm.source().labelMapProperty().get(), "FER2013 is not read with the SD faces' map");
        context.datasetProperty().set(null);
        assertTrue(vm.open());
        waitUntilLoaded();
        assertEquals(fer.toString(), context.datasetSpecProperty().get());
        vm.pathProperty().set(root.toString());
        assertTrue(vm.source().labelMapProperty().get().startsWith(tmp.resolve("ws/label-maps").toString()),
                "back on the SD folder, its own map is shown again");
    }

    @Test
    void cancelOpensNothingAndAMapThatSkipsEverythingIsRefused() throws Exception {
        Path root = indonesianFolder();
        vm.pathProperty().set(root.toString());
        vm.open();
        LabelMapEditorModel editor = vm.labelMapEditorProperty().get();
        editor.rows().forEach(r -> r.choiceProperty().set(LabelMapEditorModel.SKIP));
        assertFalse(vm.applyLabelMap());
        assertTrue(editor.messageProperty().get().startsWith("Choose a class for at least one folder"));
        assertNotNull(vm.labelMapEditorProperty().get(), "the editor stays open with the message");
        vm.cancelLabelMap();
        assertNull(vm.labelMapEditorProperty().get());
        assertTrue(context.labelMaps().find(root).isEmpty());
        assertNull(context.datasetProperty().get());
    }

    @Test
    void otherPlacesReadTheFolderWithItsRememberedMap() throws Exception {
        Path root = indonesianFolder();
        vm.pathProperty().set(root.toString());
        vm.open();
        vm.applyLabelMap();
        waitUntilLoaded();
        DatasetCounts counts = DatasetCounts.of(root.toString(), context.labelMaps().optionsFor(root.toString()));
        assertEquals(3, counts.counts(new DataSplit[0]).get(Emotion.HAPPY));
        String readable = context.readableSpec(root.toString());
        assertTrue(readable.endsWith(".json") && readable.startsWith(tmp.resolve("ws/datasets").toString()), readable);
        assertEquals(englishFolder().toString(), context.readableSpec(tmp.resolve("fer").toString()));
    }

    @Test
    void loadingAMapFileFillsTheRowsItNamesAndSaysWhatItDoesNotFit() throws Exception {
        Path root = indonesianFolder();
        vm.pathProperty().set(root.toString());
        vm.open();
        LabelMapEditorModel editor = vm.labelMapEditorProperty().get();
        Path file = Files.writeString(tmp.resolve("m.json"), "{\"xyz\": \"disgust\", \"netral\": \"neutral\"}");
        assertTrue(editor.load(file));
        assertEquals("disgust", editor.rows().get(3).choiceProperty().get());
        assertEquals("angry", editor.rows().get(0).choiceProperty().get(), "rows the file does not name stay");
        assertTrue(editor.messageProperty().get().contains("netral"), editor.messageProperty().get());
        Path out = editor.saveAs(tmp.resolve("shared/my-map.json"));
        assertEquals(java.util.Optional.of(Emotion.DISGUST), LabelMap.read(out).classOf("xyz"));
        assertFalse(editor.load(Files.writeString(tmp.resolve("bad.json"), "{\"xyz\": 3}")));
    }
}
