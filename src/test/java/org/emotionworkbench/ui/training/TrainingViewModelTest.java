package org.emotionworkbench.ui.training;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingViewModelTest {
    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath().normalize();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T14:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    private WorkbenchContext context;
    private TrainingViewModel vm;

    @BeforeEach
    void setUp() {
        context = new WorkbenchContext(UiExecutor.DIRECT, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache());
        vm = new TrainingViewModel(context, CLOCK, url -> false);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void startNeedsADatasetAndSaysSo() {
        assertFalse(vm.canStartProperty().get());
        assertEquals("Open a dataset on the Datasets screen first.", vm.problemsProperty().get());
        assertNull(vm.start(), "nothing starts");
        context.datasetSpecProperty().set(SAMPLE.toString());
        assertTrue(vm.canStartProperty().get());
        assertEquals("", vm.problemsProperty().get());
    }

    @Test
    void invalidSettingsOrSourceOptionsDisableStartWithTheReason() {
        context.datasetSpecProperty().set(SAMPLE.toString());
        vm.settings().epochsProperty().set("-3");
        assertFalse(vm.canStartProperty().get());
        assertEquals("Epochs must be at least 1, got -3", vm.problemsProperty().get());
        vm.settings().epochsProperty().set("3");
        context.datasetSourceProperty().set(new SourceOptions("fer2013", null, null));
        assertFalse(vm.canStartProperty().get());
        assertTrue(vm.problemsProperty().get().contains("manifest"), vm.problemsProperty().get());
        context.datasetSourceProperty().set(SourceOptions.defaults());
        vm.runNameProperty().set("  ");
        assertTrue(vm.problemsProperty().get().startsWith("Give the run a name"));
    }

    @Test
    void theDefaultRunNameIsModelDatasetDateAndFollowsThemUntilTheUserTypesOne() {
        assertEquals("tiny-data-20260301-1415", vm.runNameProperty().get());
        context.datasetSpecProperty().set(SAMPLE.toString());
        assertEquals("tiny-sample-data-20260301-1415", vm.runNameProperty().get());
        context.modelProperty().set(Presets.get("pisa"));
        assertEquals("pisa-sample-data-20260301-1415", vm.runNameProperty().get());
        vm.runNameProperty().set("my-run");
        context.modelProperty().set(Presets.get("tiny"));
        assertEquals("my-run", vm.runNameProperty().get(), "the user's own name is kept");
    }

    @Test
    void theRequestTakesAFreshFolderAndTheFormsSettings() throws Exception {
        context.datasetSpecProperty().set(SAMPLE.toString());
        vm.settings().epochsProperty().set("7");
        vm.runNameProperty().set("exp one");
        Files.createDirectories(context.workspace().runs().resolve("exp-one"));
        TrainingRequest r = vm.request();
        assertEquals(context.workspace().runs().resolve("exp-one-2"), r.runDir());
        assertEquals("exp-one-2", r.name());
        assertEquals(7, r.options().maxEpochs());
        assertEquals(SAMPLE.toString(), r.data().trainRoot());
        assertEquals(0.2, r.data().validationFraction());
        assertEquals("tiny", r.model().name());
    }

    @Test
    void summariesDescribeTheDataPreparationAndTheModel() {
        assertEquals("tiny: 7 layers, 75,239 parameters (75,239 trainable)", vm.modelSummaryProperty().get());
        assertTrue(vm.preparationSummaryProperty().get().contains("Validation split: 20 %"));
        context.preparationProperty().set(context.preparationProperty().get().withConsolidate(true));
        assertTrue(vm.preparationSummaryProperty().get().contains("Evaluated on: the validation split"));
    }

    @Test
    void theDl4jUiStartsOnDemandOnLoopbackShowsItsAddressAndStopsWithTheWorkbench() throws Exception {
        String url = vm.openDl4jUi().future().get(60, TimeUnit.SECONDS);
        assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/train/overview"), url);
        assertEquals(url, vm.dl4jUiUrlProperty().get());
        assertTrue(vm.progress().log().stream().anyMatch(l -> l.endsWith("open " + url + " in your browser")),
                "no browser here: the address is in the log");
        int port = java.net.URI.create(url).getPort();
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            assertTrue(s.isConnected());
        }
        context.close(); // as when the window closes
        assertFalse(vm.dl4jUi().isRunning());
        try (java.net.ServerSocket again = new java.net.ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        }
    }

    @Test
    void stopAfterTheFirstEpochStillWritesAndEvaluatesTheRun() throws Exception {
        context.datasetSpecProperty().set(SAMPLE.toString());
        vm.settings().epochsProperty().set("20");
        vm.settings().earlyStoppingProperty().set(false);
        vm.progress().valAccuracy().addListener((javafx.collections.ListChangeListener<ChartPoint>) c -> vm.stop());
        BackgroundTask<RunResult> task = vm.start();
        assertNotNull(task);
        assertTrue(vm.runningProperty().get());
        assertFalse(vm.canStartProperty().get(), "one run at a time");
        RunResult r = task.future().get(120, TimeUnit.SECONDS);

        assertEquals(org.emotionworkbench.training.StopReason.CANCELLED, r.outcome().stopReason());
        assertTrue(r.outcome().history().size() < 20, "stopped early: " + r.outcome().history().size());
        assertTrue(r.outcome().bestEpoch() >= 1);
        for (String f : List.of(RunFolder.CONFIG, RunFolder.HISTORY, RunFolder.MODEL, RunFolder.OUTCOME,
                RunFolder.REPORT_JSON)) {
            assertTrue(Files.isRegularFile(r.runDir().resolve(f)), f);
        }
        assertNotNull(r.report());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.evaluationAvailableProperty().get());
        assertTrue(vm.outcomeProperty().get().startsWith("Stopped on request"), vm.outcomeProperty().get());
        assertTrue(vm.outcomeProperty().get().contains("Test accuracy"), vm.outcomeProperty().get());
        assertEquals(r.runDir(), context.selectedRunProperty().get().dir(), "the new run is selected");
        assertTrue(vm.progress().log().stream().anyMatch(l -> l.contains("stop requested")));
        vm.showEvaluation();
        assertEquals(Screen.EVALUATION, context.screenProperty().get());
    }

    @Test
    void emptyChartsShowThePlannedEpochsSoStartChangesNothingOnThem() throws Exception {
        assertEquals(30, vm.progress().epochAxisProperty().get(), "the form's default");
        vm.settings().epochsProperty().set("12");
        assertEquals(12, vm.progress().epochAxisProperty().get());
        vm.settings().epochsProperty().set("x");
        assertEquals(12, vm.progress().epochAxisProperty().get(), "a value that is not a number leaves the axis");
        vm.settings().epochsProperty().set("2");
        vm.settings().earlyStoppingProperty().set(false);
        context.datasetSpecProperty().set(SAMPLE.toString());
        RunResult r = vm.start().future().get(120, TimeUnit.SECONDS);
        assertEquals(2, r.outcome().history().size());
        vm.settings().epochsProperty().set("40");
        assertEquals(2, vm.progress().epochAxisProperty().get(), "a finished run's curves keep their axis");
    }

    @Test
    void aRunFinishingInTheBackgroundDoesNotSwitchTheRunShownElsewhere() throws Exception {
        Path other = org.emotionworkbench.ui.evaluation.TinyRun.copyInto(tmp.resolve("ws"), "looked-at");
        context.runs().refresh();
        context.selectedRunProperty().set(context.runs().find(other).orElseThrow());
        context.screenProperty().set(Screen.EVALUATION);
        context.datasetSpecProperty().set(SAMPLE.toString());
        vm.settings().epochsProperty().set("1");
        RunResult r = vm.start().future().get(120, TimeUnit.SECONDS);
        assertTrue(context.runs().find(r.runDir()).isPresent(), "the new run is listed");
        assertEquals(other, context.selectedRunProperty().get().dir(), "Evaluation keeps the run the user looks at");
        vm.showEvaluation();
        assertEquals(r.runDir(), context.selectedRunProperty().get().dir(), "Show evaluation shows the finished run");
        assertEquals(Screen.EVALUATION, context.screenProperty().get());
    }

    @Test
    void aStoppedRunResumesWithItsOwnSettingsToTheEnd() throws Exception {
        context.datasetSpecProperty().set(SAMPLE.toString());
        vm.settings().epochsProperty().set("3");
        vm.settings().earlyStoppingProperty().set(false);
        java.util.concurrent.atomic.AtomicBoolean stopOnce = new java.util.concurrent.atomic.AtomicBoolean(true);
        vm.progress().valAccuracy().addListener((javafx.collections.ListChangeListener<ChartPoint>) c -> {
            if (stopOnce.getAndSet(false)) {
                vm.stop();
            }
        });
        assertFalse(vm.canResumeProperty().get(), "nothing selected yet");
        RunResult stopped = vm.start().future().get(120, TimeUnit.SECONDS);
        assertEquals(1, stopped.outcome().history().size());
        assertTrue(vm.canResumeProperty().get(), "the stopped run is selected and has a resume point");

        vm.settings().epochsProperty().set("7"); // the form's settings do not apply to a resumed run
        BackgroundTask<RunResult> task = vm.resume();
        assertNotNull(task);
        assertEquals(1, vm.progress().valAccuracy().size(), "the epoch before the stop is on the chart at once");
        assertTrue(vm.progress().log().stream().anyMatch(l -> l.contains("its settings: model tiny, up to 3 epochs")),
                vm.progress().log().toString());
        assertFalse(vm.canResumeProperty().get(), "not while it runs");
        RunResult resumed = task.future().get(120, TimeUnit.SECONDS);
        assertEquals(stopped.runDir(), resumed.runDir());
        assertEquals(org.emotionworkbench.training.StopReason.COMPLETED, resumed.outcome().stopReason());
        assertEquals(3, resumed.outcome().history().size());
        assertEquals(java.util.List.of(1.0, 2.0, 3.0), vm.progress().valAccuracy().stream().map(ChartPoint::x).toList(),
                "the charts show the whole run");
        assertNotNull(resumed.report());
        assertFalse(vm.canResumeProperty().get(), "a finished run cannot be resumed");
        assertTrue(vm.progress().log().stream().anyMatch(l -> l.contains("resuming run")), vm.progress().log().toString());
        assertNull(vm.resume());
    }
}
