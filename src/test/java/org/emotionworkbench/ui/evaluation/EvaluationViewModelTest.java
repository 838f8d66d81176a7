package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.ConfusionMatrix;
import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.ui.ExplainTarget;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.emotionworkbench.dataset.Emotion.HAPPY;
import static org.emotionworkbench.dataset.Emotion.NEUTRAL;
import static org.emotionworkbench.dataset.Emotion.SAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Evaluation view model without a toolkit: a hand-made evaluation of six faces over happy, neutral and sad. */
class EvaluationViewModelTest {
    @TempDir
    Path tmp;
    private WorkbenchContext context;

    private WorkbenchContext context() {
        context = new WorkbenchContext(UiExecutor.DIRECT, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache());
        return context;
    }

    private static void awaitLoad(EvaluationViewModel vm) {
        if (vm.lastLoad() != null) {
            try {
                vm.lastLoad().future().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private static Prediction p(String file, Emotion truth, Emotion predicted, float confidence) {
        float[] probs = new float[Emotion.COUNT];
        float rest = (1 - confidence) / (Emotion.COUNT - 1);
        java.util.Arrays.fill(probs, rest);
        probs[predicted.ordinal()] = confidence;
        return Prediction.of(file, truth, predicted, probs);
    }

    /** happy: 2 right; sad: 1 right, 3 as neutral (confidences 0.5, 0.9, 0.7); neutral: 1 right. */
    static List<Prediction> predictions() {
        return List.of(p("h1.png", HAPPY, HAPPY, 0.8f), p("h2.png", HAPPY, HAPPY, 0.6f),
                p("s1.png", SAD, NEUTRAL, 0.5f), p("s2.png", SAD, NEUTRAL, 0.9f), p("s3.png", SAD, SAD, 0.4f),
                p("s4.png", SAD, NEUTRAL, 0.7f), p("n1.png", NEUTRAL, NEUTRAL, 0.55f));
    }

    private static EvaluationData data(Path dir) {
        List<Prediction> ps = predictions();
        int[] t = ps.stream().mapToInt(x -> x.trueLabel().ordinal()).toArray();
        int[] q = ps.stream().mapToInt(x -> x.predicted().ordinal()).toArray();
        return EvaluationData.of(dir, ClassificationReport.ofPresentClasses(t, q), ConfusionMatrix.of(t, q), ps);
    }

    @Test
    void reportRowsFollowSklearnsLayout() {
        ClassificationReport report = data(tmp).report();
        List<ReportRow> rows = ReportRow.of(report);
        assertEquals(List.of("happy", "neutral", "sad", "accuracy", "macro avg", "weighted avg"),
                rows.stream().map(ReportRow::name).toList());
        ReportRow sad = rows.get(2);
        assertEquals(1.0, sad.precision());
        assertEquals(0.25, sad.recall());
        assertEquals(0.4, sad.f1(), 1e-12);
        assertEquals(4, sad.support());
        ReportRow accuracy = rows.get(3);
        assertNull(accuracy.precision());
        assertNull(accuracy.recall());
        assertEquals(4.0 / 7, accuracy.f1(), 1e-12);
        assertEquals(7, accuracy.support());
        assertTrue(accuracy.summary() && !sad.summary());
        assertEquals("0.57", ReportRow.format(accuracy.f1()));
        assertEquals("", ReportRow.format(accuracy.precision()));
        // over all seven classes some never occur: sklearn then prints a full "micro avg" row instead of accuracy
        ReportRow micro = ReportRow.of(ClassificationReport.of(new int[]{3, 5}, new int[]{3, 4})).get(7);
        assertEquals("micro avg", micro.name());
        assertEquals(0.5, micro.precision());
    }

    @Test
    void confusionCellsShowCountsOrTheShareOfTheirRow() {
        ConfusionDisplay d = new ConfusionDisplay(data(tmp).confusion());
        assertEquals(List.of(Emotion.values()), d.classes());
        ConfusionDisplay.Cell counts = d.cell(SAD, NEUTRAL, ConfusionDisplay.Mode.COUNTS);
        assertEquals("3", counts.text());
        assertEquals(1.0, counts.intensity()); // 3 is the largest count
        assertEquals(2.0 / 3, d.cell(HAPPY, HAPPY, ConfusionDisplay.Mode.COUNTS).intensity(), 1e-12);
        ConfusionDisplay.Cell share = d.cell(SAD, NEUTRAL, ConfusionDisplay.Mode.ROW_PERCENT);
        assertEquals("75%", share.text());
        assertEquals(0.75, share.value(), 1e-12);
        assertEquals(3, share.count());
        assertEquals("100%", d.cell(HAPPY, HAPPY, ConfusionDisplay.Mode.ROW_PERCENT).text());
        assertEquals("0%", d.cell(Emotion.ANGRY, Emotion.ANGRY, ConfusionDisplay.Mode.ROW_PERCENT).text());
        assertEquals("cell-sad-neutral", share.key().nodeId());
    }

    @Test
    void aCellsGalleryHoldsOnlyItsFacesMostConfidentFirstAndOpensOnExplain() {
        EvaluationViewModel vm = new EvaluationViewModel(context());
        vm.show(data(tmp));
        vm.openCell(new CellKey(SAD, NEUTRAL));
        assertEquals(List.of("s2.png", "s4.png", "s1.png"), vm.gallery().stream().map(GalleryFace::source).toList());
        assertEquals("sad predicted as neutral: 3 faces, most confident first", vm.galleryTitleProperty().get());
        assertEquals("0.90  sad\u2192neutral", vm.gallery().get(0).caption());
        vm.openCell(new CellKey(HAPPY, HAPPY));
        assertEquals(List.of("h1.png", "h2.png"), vm.gallery().stream().map(GalleryFace::source).toList());
        vm.openCell(new CellKey(Emotion.FEAR, SAD));
        assertTrue(vm.gallery().isEmpty());

        Path run = TinyRun.copyInto(tmp.resolve("ws"), "r1");
        context.runs().refresh();
        context.selectedRunProperty().set(context.runs().runs().get(0));
        awaitLoad(vm); // the run's own files load in the background; the evaluation shown next replaces them
        vm.openCell(new CellKey(SAD, NEUTRAL));
        vm.show(data(run));
        assertEquals(new CellKey(SAD, NEUTRAL), vm.selectedCellProperty().get(), "a new evaluation keeps the chosen cell");
        vm.openFace(vm.gallery().get(0));
        assertEquals(new ExplainTarget(run, "s2.png", SAD, NEUTRAL), context.explainTargetProperty().get());
        assertEquals(Screen.EXPLAIN, context.screenProperty().get());
    }

    @Test
    void theSelectedRunsFilesAreReadInTheBackgroundAndFollowTheContext() throws Exception {
        Path run = TinyRun.copyInto(tmp.resolve("ws"), "r1");
        EvaluationViewModel vm = new EvaluationViewModel(context());
        // (no check that nothing is loaded yet: the workspace already lists r1, and its background load may be done)
        context.runs().refresh(); // the newest run is selected when none was
        assertEquals(run, context.selectedRunProperty().get().dir());
        vm.lastLoad().future().get(20, TimeUnit.SECONDS);
        EvaluationData d = vm.dataProperty().get();
        assertEquals(140, d.report().totalSupport());
        assertEquals(10, vm.reportRows().size());
        assertEquals(PredictionsCsv.read(run.resolve(RunFolder.PREDICTIONS)).size(), d.predictions().size());
        assertEquals("test split of sample-data", vm.selectedSetProperty().get().name(), "names the set actually used");
        assertTrue(vm.statusProperty().get().startsWith("140 faces"), vm.statusProperty().get());
        context.runs().refresh();
        assertEquals(run, context.selectedRunProperty().get().dir(), "a rescan keeps the selection");
    }

    @Test
    void aRunWithoutReportSaysSoInTheWindow() throws Exception {
        Path run = tmp.resolve("ws/runs/unfinished");
        Files.createDirectories(run);
        Files.copy(TinyRun.get().resolve(RunFolder.CONFIG), run.resolve(RunFolder.CONFIG));
        EvaluationViewModel vm = new EvaluationViewModel(context());
        context.runs().refresh();
        try {
            vm.lastLoad().future().get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // reported in the status line
        }
        assertTrue(vm.statusErrorProperty().get());
        assertTrue(vm.statusProperty().get().contains("report.json is missing"), vm.statusProperty().get());
        assertTrue(vm.reportRows().isEmpty());
        assertTrue(context.errors().entries().isEmpty(), "an unfinished run is not an error");
    }

    @Test
    void aRunWithAReportCutShortSaysWhyItCannotBeShown() throws Exception {
        Path run = org.emotionworkbench.run.RunFolderFixture.at(tmp.resolve("ws/runs/cut")).ownTest(true, false).write();
        Files.writeString(run.resolve(RunFolder.REPORT_JSON), "{\"accuracy\": 0.5, \"cla");
        EvaluationViewModel vm = new EvaluationViewModel(context());
        context.runs().refresh();
        try {
            vm.lastLoad().future().get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // shown in the status line
        }
        assertTrue(vm.statusErrorProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("The run faces · tiny · s1 cannot be shown: report.json is not valid JSON"),
                vm.statusProperty().get());
    }

    @Test
    void anotherDatasetIsEvaluatedIntoTheRunAndShown() throws Exception {
        TinyRun.copyInto(tmp.resolve("ws"), "r1");
        EvaluationViewModel vm = new EvaluationViewModel(context());
        context.runs().refresh();
        vm.lastLoad().future().get(20, TimeUnit.SECONDS);
        CrossDatasetViewModel cross = vm.cross();
        assertNull(cross.evaluate());
        assertTrue(cross.messageProperty().get().startsWith("Enter a dataset"));
        cross.dataPathProperty().set(tmp.resolve("nowhere").toString());
        assertNull(cross.evaluate());
        assertTrue(cross.messageProperty().get().startsWith("No folder or file"), cross.messageProperty().get());
        Path other = tmp.resolve("other");
        org.emotionworkbench.sampledata.SampleDataGenerator.generate(other, 1, 2, 9);
        cross.dataPathProperty().set(other.toString());
        cross.evaluate().future().get(30, TimeUnit.SECONDS);
        assertTrue(cross.messageProperty().get().startsWith("other: 14 faces"), cross.messageProperty().get());
        assertEquals(List.of("test split of sample-data", "other"), new ArrayList<>(vm.sets().stream().map(EvaluationSet::name).toList()));
        assertEquals("other", vm.selectedSetProperty().get().name());
        vm.lastLoad().future().get(20, TimeUnit.SECONDS);
        assertEquals(14, vm.dataProperty().get().report().totalSupport());
        assertNull(cross.evaluate(), "a second evaluation of the same name needs Replace");
        assertTrue(cross.messageProperty().get().contains("Replace"));
    }

    @Test
    void sharedClassesOnlyScoresTheClassesTheRunAndTheDatasetHaveInCommon() throws Exception {
        TinyRun.copyInto(tmp.resolve("ws"), "r1");
        EvaluationViewModel vm = new EvaluationViewModel(context());
        context.runs().refresh();
        vm.lastLoad().future().get(20, TimeUnit.SECONDS);
        Path five = tmp.resolve("five");
        org.emotionworkbench.sampledata.SampleDataGenerator.generate(five, 1, 2, 9);
        for (String gone : List.of("disgust", "fear")) {
            for (String split : List.of("train", "test")) {
                try (var files = Files.list(five.resolve(split).resolve(gone))) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(five.resolve(split).resolve(gone));
            }
        }
        CrossDatasetViewModel cross = vm.cross();
        cross.dataPathProperty().set(five.toString());

        cross.evaluate().future().get(30, TimeUnit.SECONDS);
        assertTrue(cross.messageProperty().get().endsWith("Note: the model was trained on angry, disgust, fear, happy, "
                + "neutral, sad, surprise and the test set holds angry, happy, neutral, sad, surprise; tick \"Shared "
                + "classes only\" to score only the classes both have."), cross.messageProperty().get());

        cross.sharedClassesOnlyProperty().set(true);
        cross.overwriteProperty().set(true);
        cross.evaluate().future().get(30, TimeUnit.SECONDS);
        vm.lastLoad().future().get(20, TimeUnit.SECONDS);

        assertTrue(cross.messageProperty().get().contains("classes: shared only, angry, happy, neutral, sad, surprise"),
                cross.messageProperty().get());
        assertEquals(List.of("angry", "happy", "neutral", "sad", "surprise"), vm.dataProperty().get().report().classNames());
        assertTrue(Files.readString(tmp.resolve("ws/runs/r1/evaluations/five/report.json")).contains("\"evaluated classes\""));
        assertTrue(vm.dataProperty().get().predictions().stream()
                .noneMatch(p -> p.predicted() == Emotion.DISGUST || p.predicted() == Emotion.FEAR));
    }
}
