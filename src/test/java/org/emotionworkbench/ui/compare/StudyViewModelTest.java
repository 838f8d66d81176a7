package org.emotionworkbench.ui.compare;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.study.StudyLayout;
import org.emotionworkbench.study.StudyProcess;
import org.emotionworkbench.study.StudyProgress;
import org.emotionworkbench.study.StudySpec;
import org.emotionworkbench.study.StudySummary;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.emotionworkbench.run.RunFolderFixture.rightFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyViewModelTest {
    @TempDir
    Path tmp;
    private WorkbenchContext context;
    private StudyViewModel vm;
    private final List<Path> shownFolders = new ArrayList<>();

    @BeforeEach
    void setUp() {
        context = new WorkbenchContext(UiExecutor.DIRECT, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withCacheDir(tmp.resolve("cache")));
        ReportExport reports = new ReportExport(context);
        vm = new StudyViewModel(context, reports, shownFolders::add);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** A finished study by hand: real (0 % synthetic) and synthetic (100 %), seeds 1 and 2, one shared test set. */
    private StudySpec fixtureStudy(Path dir) throws Exception {
        StudySpec spec = new StudySpec("mix", Presets.get("tiny"), TrainingOptions.of(2, 32, 1e-3, 0), List.of(1L, 2L),
                List.of(new StudySpec.Source("real", "/data/real", false, null, null, null, 0.0),
                        new StudySpec.Source("synthetic", "/data/synth", false, null, null, null, 1.0)),
                List.of(new StudySpec.EvaluationSet("real-test", "/data/real")));
        Files.createDirectories(dir);
        Files.writeString(new StudyLayout(dir).spec(), spec.toJson());
        int[][] right = {{42, 49}, {28, 35}}; // [source][seed] correct of 70 on real-test
        for (int s = 0; s < 2; s++) {
            String source = spec.sources().get(s).name();
            for (int k = 0; k < 2; k++) {
                long seed = k + 1;
                RunFolderFixture.at(new StudyLayout(dir).run(source, seed)).seed(seed)
                        .trainRoot(spec.sources().get(s).data())
                        .ownTest(rightFirst(35, 20 + 5 * k))
                        .evaluation("real-test", "/data/real", rightFirst(70, right[s][k])).write();
            }
        }
        return spec;
    }

    private StudySummary openFixture() throws Exception {
        Path dir = tmp.resolve("study");
        StudySpec spec = fixtureStudy(dir);
        vm.open(dir).future().get(30, TimeUnit.SECONDS);
        return StudySummary.of(spec, dir, StudyViewModel.RESAMPLES, 1);
    }

    @Test
    void gridCellsAreTheSummarysMeanAndSdPerSourceAndTestSet() throws Exception {
        StudySummary engine = openFixture();
        StudyGrid grid = vm.gridProperty().get();
        assertEquals(List.of("own-test", "real-test"), grid.evaluations());
        assertEquals(List.of("real", "synthetic"), grid.rows().stream().map(StudyGrid.Row::source).toList());
        StudyGrid.GridCell cell = grid.cell("real", "real-test");
        assertEquals(0.65, cell.value().mean(), 1e-12);
        assertEquals(engine.cell("real", "real-test").accuracy(), cell.value());
        assertEquals(engine.cell("real", "real-test").accuracyCi(), cell.interval());
        assertEquals("0.650 ± 0.071", cell.text());
        assertEquals(2, cell.seeds());
        assertEquals(70, cell.images());
        vm.metricProperty().set(Metric.MACRO_F1);
        assertEquals(engine.cell("synthetic", "real-test").macroF1(), vm.gridProperty().get()
                .cell("synthetic", "real-test").value());
        assertTrue(vm.statusProperty().get().contains("4 of 4 runs finished"), vm.statusProperty().get());
        assertEquals(List.of(tmp.resolve("study")), shownFolders);
    }

    @Test
    void aMissingCellIsEmpty() throws Exception {
        Path dir = tmp.resolve("study");
        fixtureStudy(dir);
        Files.delete(new StudyLayout(dir).evaluation("synthetic", 1, "real-test").resolve("predictions.csv"));
        Files.delete(new StudyLayout(dir).evaluation("synthetic", 2, "real-test").resolve("predictions.csv"));
        vm.open(dir).future().get(30, TimeUnit.SECONDS);
        StudyGrid.GridCell c = vm.gridProperty().get().cell("synthetic", "real-test");
        assertTrue(c.empty());
        assertEquals("–", c.text());
    }

    @Test
    void perClassF1DifferencesAreSecondSourceMinusFirst() throws Exception {
        StudySummary engine = openFixture();
        ClassF1Table t = vm.classF1Property().get();
        assertEquals("real-test", t.evaluation());
        assertEquals(List.of("synthetic − real"), t.differenceHeaders());
        assertEquals(7, t.rows().size());
        ClassF1Table.Row angry = t.rows().get(0);
        assertEquals("angry", angry.className());
        double real = engine.cell("real", "real-test").classF1().get("angry");
        double synth = engine.cell("synthetic", "real-test").classF1().get("angry");
        assertEquals(List.of(real, synth), angry.f1());
        assertEquals(synth - real, angry.differences().get(0), 1e-12);
        vm.classF1EvaluationProperty().set("own-test");
        assertEquals("own-test", vm.classF1Property().get().evaluation());
    }

    @Test
    void theFractionCurveHasAPointPerSourceWithTheSeedSpread() throws Exception {
        StudySummary engine = openFixture();
        FractionCurve c = vm.fractionProperty().get();
        assertEquals(List.of("own-test", "real-test"), c.series().stream().map(FractionCurve.Series::evaluation).toList());
        List<FractionCurve.Point> pts = c.series().get(1).points();
        assertEquals(List.of(0.0, 100.0), pts.stream().map(FractionCurve.Point::percent).toList());
        assertEquals(engine.cell("synthetic", "real-test").accuracy().mean(), pts.get(1).mean(), 1e-12);
        assertEquals(engine.cell("synthetic", "real-test").accuracy().sd(), pts.get(1).sd(), 1e-12);
    }

    @Test
    void mcNemarPerSeedOnlyWhereTheImagesAreTheSame() throws Exception {
        StudySummary engine = openFixture();
        assertEquals(2, vm.tests().size(), "own tests differ between sources; real-test once per seed");
        McNemarRow r = vm.tests().get(1);
        assertEquals("real-test", r.evaluation());
        assertEquals(2L, r.seed());
        assertEquals(14, r.onlyA());
        assertEquals(0, r.onlyB());
        assertEquals(engine.tests().get(1).test().pValue(), r.p(), 1e-15);
        assertEquals("real is better", r.verdict());
    }

    @Test
    void theStudyReportIsExported() throws Exception {
        assertNull(vm.exportReport(tmp.resolve("x.html")));
        openFixture();
        Path out = tmp.resolve("out/report.html");
        Files.createDirectories(out.getParent());
        vm.exportReport(out).future().get(20, TimeUnit.SECONDS);
        assertTrue(Files.readString(out).contains("<h1>Study: mix</h1>"));
    }

    @Test
    void aSpecFileNamedDotDotJsonSuggestsNoOutputFolderOutsideStudies() {
        vm.specFileProperty().set(tmp.resolve("..json").toString());
        assertEquals("", vm.outDirProperty().get() == null ? "" : vm.outDirProperty().get(),
                "no suggestion: the workspace's studies folder itself would have been the output");
        vm.specFileProperty().set(tmp.resolve("fine.json").toString());
        assertEquals(tmp.resolve("ws/studies/fine").toString(), vm.outDirProperty().get());
    }

    @Test
    void badInputIsExplainedNotThrown() throws Exception {
        assertNull(vm.open(tmp));
        assertTrue(vm.problemProperty().get().contains("is not a study folder"), vm.problemProperty().get());
        assertNull(vm.run());
        assertTrue(vm.problemProperty().get().contains("Choose a study spec"));
        vm.specFileProperty().set(tmp.resolve("missing.json").toString());
        assertNull(vm.run());
        assertTrue(vm.problemProperty().get().contains("No study spec at"));
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\"}");
        vm.specFileProperty().set(bad.toString());
        assertEquals(tmp.resolve("ws/studies/bad").toString(), vm.outDirProperty().get(), "suggested output folder");
        var task = vm.run();
        try {
            task.future().get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // the spec is refused by the engine
        }
        assertTrue(vm.problemProperty().get().contains("model"), vm.problemProperty().get());
        assertTrue(context.errors().entries().size() >= 1);
    }

    @Test
    void aTinyStudyRunsInTheBackgroundAndIsShown() throws Exception {
        Path data = tmp.resolve("faces");
        SampleDataGenerator.generate(data, 8, 3, 5);
        Path specFile = tmp.resolve("tiny-study.json");
        Files.writeString(specFile, "{\"name\": \"tiny-study\", \"model\": \"tiny\","
                + " \"training\": {\"maxEpochs\": 1, \"batchSize\": 32, \"learningRate\": 0.003},"
                + " \"seeds\": [1], \"robustness\": {\"epsilons\": []},"
                + " \"sources\": [{\"name\": \"faces\", \"data\": \"faces\"}], \"evaluations\": []}");
        vm.specFileProperty().set(specFile.toString());
        vm.outDirProperty().set(tmp.resolve("out").toString());
        var task = vm.run();
        assertNotNull(task);
        assertTrue(vm.runningProperty().get());
        task.future().get(120, TimeUnit.SECONDS);
        assertNotNull(vm.summaryProperty().get());
        assertTrue(vm.statusProperty().get().contains("1 of 1 runs finished"), vm.statusProperty().get());
        assertTrue(Files.isRegularFile(tmp.resolve("out/summary.md")));
        assertEquals(1, vm.gridProperty().get().rows().size());
        assertTrue(vm.fractionProperty().get().isEmpty());
        assertEquals(List.of(tmp.resolve("out")), shownFolders);
        // it ran in a process of its own, whose output is in the study folder
        assertTrue(Files.readString(tmp.resolve("out").resolve(StudyProcess.LOG)).contains("[1/1] faces seed 1"));
        assertEquals(StudyProgress.Status.DONE, vm.runs().get(0).status());
    }

    @Test
    void cancelStopsTheStudysProcessBetweenBatchesAndRunGoesOnAfterItsLastEpoch() throws Exception {
        Path data = tmp.resolve("faces");
        SampleDataGenerator.generate(data, 8, 3, 5);
        Path specFile = tmp.resolve("long-study.json");
        Files.writeString(specFile, "{\"name\": \"long-study\", \"model\": \"tiny\","
                + " \"training\": {\"maxEpochs\": 400, \"batchSize\": 32, \"learningRate\": 0.003},"
                + " \"seeds\": [1], \"robustness\": {\"epsilons\": []},"
                + " \"sources\": [{\"name\": \"faces\", \"data\": \"faces\"}], \"evaluations\": []}");
        vm.specFileProperty().set(specFile.toString());
        Path out = tmp.resolve("long");
        vm.outDirProperty().set(out.toString());
        var task = vm.run();
        assertNotNull(task);
        await(() -> !vm.runs().isEmpty() && vm.runs().get(0).epochsDone() >= 2, "two epochs in the child process", 60);
        task.cancel();
        await(() -> !vm.runningProperty().get(), "the study to stop", 100);
        await(() -> vm.statusProperty().get().contains("0 of 1 runs finished — press Run to train the rest"),
                "the stopped study shown, now: " + vm.statusProperty().get());
        Path run = new StudyLayout(out).run("faces", 1L);
        assertTrue(Files.isRegularFile(run.resolve("resume/state.json")), "stopped between batches: a resume point");
        String log = Files.readString(out.resolve(StudyProcess.LOG));
        assertTrue(log.contains("stopped; run the same study command again to go on"), log);
        int done = org.emotionworkbench.run.HistoryCsv.read(run.resolve("history.csv")).size();
        assertTrue(done >= 2 && done < 400, "epochs done: " + done);
    }

    /** Waits (up to 20 s) for a condition that background tasks make true. */
    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, what, 20);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what, int seconds)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void anUnfinishedStudyIsFollowedUntilAnotherProcessFinishesIt() throws Exception {
        StudyViewModel.watchIntervalMillis = 50;
        Path dir = tmp.resolve("study");
        fixtureStudy(dir);
        Path predictions = new StudyLayout(dir).evaluation("synthetic", 2, "real-test").resolve("predictions.csv");
        Path kept = tmp.resolve("kept.csv");
        Files.move(predictions, kept); // what the other process has not written yet
        vm.open(dir).future().get(30, TimeUnit.SECONDS);
        await(() -> vm.watchingProperty().get(), "following to start");
        assertEquals(4, vm.runs().size());
        assertEquals(StudyProgress.Status.TRAINED, vm.runs().get(3).status());
        assertEquals("[4/4] synthetic seed 2", vm.runs().get(3).label());
        await(() -> vm.watchMessageProperty().get().contains("3 of 4 runs done, 1 being evaluated"),
                "the progress line, now: " + vm.watchMessageProperty().get());
        assertTrue(vm.gridProperty().get().cell("synthetic", "real-test").seeds() == 1);

        Files.move(kept, predictions); // the other process finishes
        await(() -> !vm.watchingProperty().get(), "following to end");
        await(() -> vm.runs().stream().allMatch(r -> r.status() == StudyProgress.Status.DONE), "all runs done");
        await(() -> vm.gridProperty().get().cell("synthetic", "real-test").seeds() == 2, "the summary again");
        assertTrue(vm.statusProperty().get().contains("4 of 4 runs finished"), vm.statusProperty().get());
    }

    @Test
    void runningIntoAFolderAnotherProcessIsTrainingIsRefused() throws Exception {
        Path dir = tmp.resolve("study");
        fixtureStudy(dir); // its files were written just now
        Files.delete(new StudyLayout(dir).evaluation("synthetic", 2, "real-test").resolve("predictions.csv"));
        vm.specFileProperty().set(new StudyLayout(dir).spec().toString());
        vm.outDirProperty().set(dir.toString());
        assertNull(vm.run());
        assertTrue(vm.problemProperty().get().contains("seems to be in use by another process: its runs changed"),
                vm.problemProperty().get());
        assertTrue(vm.problemProperty().get().contains("3 of 4 runs done, 1 being evaluated"),
                vm.problemProperty().get());
    }
}
