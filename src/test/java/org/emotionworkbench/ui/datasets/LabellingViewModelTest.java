package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.labels.LabelOrigin;
import org.emotionworkbench.dataset.labels.LabelRow;
import org.emotionworkbench.dataset.labels.LabelsCsv;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;
import org.emotionworkbench.ui.common.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabellingViewModelTest {
    @TempDir
    Path tmp;
    private TaskRunner tasks;
    private LabellingViewModel vm;
    private Path images;

    @BeforeEach
    void setUp() throws Exception {
        tasks = new TaskRunner(UiExecutor.DIRECT, new ErrorLog(UiExecutor.DIRECT));
        vm = new LabellingViewModel(tasks, LoadOptions.defaults().withoutCache(), tmp.resolve("ws/datasets"));
        vm.autosaveProperty().set(false);
        images = tmp.resolve("sfhq");
        SampleDataGenerator.generate(images, 2, 0, 9); // 14 images under train/<class>/, used as an unlabelled folder
    }

    @AfterEach
    void tearDown() {
        tasks.close();
    }

    private void load() throws Exception {
        vm.imagesFolderProperty().set(images.toString());
        BackgroundTask<?> t = vm.load();
        t.future().get(30, TimeUnit.SECONDS);
        assertEquals("", vm.messageProperty().get());
    }

    private LabelItem item(String file) {
        return vm.items().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
    }

    private static LabelRow model(String file, Emotion e, double confidence, boolean review) {
        float[] p = new float[Emotion.COUNT];
        p[e.ordinal()] = (float) confidence;
        return new LabelRow(file, e, LabelOrigin.MODEL, confidence, review, p);
    }

    @Test
    void keysOneToSevenLabelTheSelectedFaceInClassOrderAndMoveOn() throws Exception {
        load();
        assertEquals(14, vm.items().size());
        assertEquals(vm.items().get(0), vm.selectedProperty().get());
        for (int k = 1; k <= 7; k++) {
            assertTrue(vm.handleKey(Integer.toString(k)));
        }
        for (int k = 0; k < 7; k++) {
            assertEquals(Emotion.values()[k], vm.items().get(k).human(), "key " + (k + 1));
        }
        assertEquals(vm.items().get(7), vm.selectedProperty().get());
        assertEquals("angry ✓", vm.items().get(0).captionBinding().get());
        assertTrue(vm.dirtyProperty().get());

        assertTrue(vm.handleKey("LEFT"));
        assertTrue(vm.handleKey("DELETE"));
        assertNull(vm.items().get(6).human());
        assertFalse(vm.handleKey("8"), "8 is not a class");
        assertFalse(vm.handleKey("A"));
        vm.selectedProperty().set(null);
        assertTrue(vm.handleKey("3"));
        assertTrue(vm.messageProperty().get().startsWith("Select a face first"));
    }

    @Test
    void suggestionsNeverOverwriteHumanLabelsAndComeLowestConfidenceFirst() throws Exception {
        load();
        LabelItem a = item("train/angry/angry_0000.png");
        vm.label(a, Emotion.SAD);
        int n = vm.applySuggestions(List.of(
                model("train/angry/angry_0000.png", Emotion.ANGRY, 0.9, false),
                model("train/happy/happy_0000.png", Emotion.HAPPY, 0.8, false),
                model("train/fear/fear_0001.png", Emotion.SURPRISE, 0.3, true),
                model("elsewhere.png", Emotion.SAD, 0.5, true)));
        assertEquals(3, n);
        assertEquals(Emotion.SAD, a.human(), "the human label stays");
        assertEquals("sad ✓", a.captionBinding().get());
        assertEquals(LabellingViewModel.Order.LOW_CONFIDENCE_FIRST, vm.orderProperty().get());
        // faces without a suggestion first (-1), then the 0.3 one, then 0.8; the human-labelled face last
        List<String> order = vm.items().stream().map(LabelItem::file).toList();
        assertEquals("train/angry/angry_0000.png", order.get(order.size() - 1));
        assertEquals("train/fear/fear_0001.png", order.get(11));
        assertEquals("train/happy/happy_0000.png", order.get(12));
        assertEquals("surprise? 30 %", item("train/fear/fear_0001.png").captionBinding().get());

        Map<String, LabelRow> rows = vm.rows().stream().collect(Collectors.toMap(LabelRow::file, r -> r));
        assertEquals(3, rows.size());
        assertEquals(LabelOrigin.HUMAN, rows.get("train/angry/angry_0000.png").origin());
        assertEquals(Emotion.SAD, rows.get("train/angry/angry_0000.png").label());
        assertEquals(LabelOrigin.MODEL, rows.get("train/fear/fear_0001.png").origin());
        assertTrue(rows.get("train/fear/fear_0001.png").review());
    }

    @Test
    void anExistingLabelsCsvIsReadKeptAndSavedWithTheNewHumanLabels() throws Exception {
        Path csv = tmp.resolve("labels.csv");
        LabelsCsv.write(List.of(
                LabelRow.human("train/sad/sad_0000.png", Emotion.SAD),
                model("train/happy/happy_0001.png", Emotion.NEUTRAL, 0.4, true),
                LabelRow.human("gone/old.png", Emotion.FEAR)), csv);
        vm.labelsFileProperty().set(csv.toString());
        load();
        assertEquals(Emotion.SAD, item("train/sad/sad_0000.png").human());
        assertEquals(Emotion.NEUTRAL, item("train/happy/happy_0001.png").suggestion().label());
        assertNull(item("train/happy/happy_0001.png").human());

        vm.label(item("train/happy/happy_0001.png"), Emotion.HAPPY);
        vm.applySuggestions(List.of(model("train/sad/sad_0000.png", Emotion.ANGRY, 0.99, false)));
        vm.save().future().get(10, TimeUnit.SECONDS);
        assertFalse(vm.dirtyProperty().get());
        assertTrue(vm.savedProperty().get().startsWith("Saved 3 rows to labels.csv at "), vm.savedProperty().get());

        Map<String, LabelRow> saved = LabelsCsv.read(csv).stream().collect(Collectors.toMap(LabelRow::file, r -> r));
        assertEquals(3, saved.size());
        assertEquals(LabelOrigin.HUMAN, saved.get("train/sad/sad_0000.png").origin(), "never overwritten by a suggestion");
        assertEquals(Emotion.SAD, saved.get("train/sad/sad_0000.png").label());
        assertEquals(LabelOrigin.HUMAN, saved.get("train/happy/happy_0001.png").origin());
        assertEquals(Emotion.HAPPY, saved.get("train/happy/happy_0001.png").label());
        assertEquals(Emotion.FEAR, saved.get("gone/old.png").label(), "rows of files not in the folder are kept");
        assertTrue(Files.readString(csv).startsWith("file,label,source,confidence,review,p_angry"));

        var request = vm.labelledDataset().orElseThrow();
        assertEquals(images.toAbsolutePath().normalize(), request.path());
        assertEquals(csv.toAbsolutePath().normalize(), request.source().labels());
    }

    @Test
    void withoutANamedCsvTheLabelsGoToTheWorkspaceAndAutosaveWritesThem() throws Exception {
        vm.autosaveProperty().set(true);
        load();
        Path expected = tmp.resolve("ws/datasets/sfhq-labels.csv").toAbsolutePath().normalize();
        assertEquals(expected.toString(), vm.labelsFileProperty().get());
        vm.handleKey("4");
        for (int i = 0; i < 100 && !Files.exists(expected); i++) {
            Thread.sleep(50);
        }
        for (int i = 0; i < 100 && LabelsCsv.read(expected).isEmpty(); i++) {
            Thread.sleep(50);
        }
        List<LabelRow> rows = LabelsCsv.read(expected);
        assertEquals(1, rows.size());
        assertEquals(Emotion.HAPPY, rows.get(0).label());
        assertEquals(LabelOrigin.HUMAN, rows.get(0).origin());
    }

    @Test
    void badInputGetsMessages() throws Exception {
        vm.imagesFolderProperty().set("");
        assertNull(vm.load());
        assertEquals("Enter the folder of unlabelled images.", vm.messageProperty().get());
        vm.imagesFolderProperty().set(tmp.resolve("missing").toString());
        assertNull(vm.load());
        assertTrue(vm.messageProperty().get().startsWith("Images folder not found"));
        assertNull(vm.suggest());
        assertEquals("Load a folder of faces first.", vm.messageProperty().get());
        load();
        assertNull(vm.suggest());
        assertTrue(vm.messageProperty().get().startsWith("Choose a run with a trained model"));
        assertTrue(vm.labelledDataset().isEmpty());
        assertTrue(vm.messageProperty().get().startsWith("No usable labels yet"));
    }
}
