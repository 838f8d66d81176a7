package org.emotionworkbench.ui.training;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.TransferredFrom;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.evaluation.TinyRun;
import org.emotionworkbench.ui.workspace.RunEntry;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Training screen's "Start from": fine-tuning a run or model file, as train --from. */
class TrainingViewModelFineTuneTest {
    private static final Path SAMPLE = TrainingViewModelTest.SAMPLE;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T14:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    private WorkbenchContext context;
    private TrainingViewModel vm;
    private Path parent;

    @BeforeEach
    void setUp() {
        parent = TinyRun.copyInto(tmp.resolve("ws"), "parent");
        context = new WorkbenchContext(UiExecutor.DIRECT, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache());
        context.runs().refresh();
        vm = new TrainingViewModel(context, CLOCK, url -> false);
        context.datasetSpecProperty().set(SAMPLE.toString());
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private RunEntry parentEntry() {
        return vm.parentRuns().stream().filter(r -> r.dir().equals(parent)).findFirst().orElseThrow();
    }

    @Test
    void byDefaultTheModelScreensNetworkIsTrainedAsBefore() {
        assertEquals(StartFrom.Source.MODEL_SCREEN, vm.startFrom().sourceProperty().get());
        assertTrue(vm.canStartProperty().get(), vm.problemsProperty().get());
        TrainingRequest r = vm.request();
        assertNull(r.fineTune());
        assertEquals("tiny", r.model().name());
    }

    @Test
    void aRunOfTheWorkspaceWithAFreezeAndAHeadGivesAFineTuningRequest() {
        vm.startFromRun(parentEntry());
        vm.startFrom().freezeProperty().set("2");
        vm.startFrom().headProperty().set("dense:16,dropout:0.25");
        assertEquals(StartFrom.Source.PARENT, vm.startFrom().sourceProperty().get());
        assertEquals("", vm.problemsProperty().get());
        assertTrue(vm.canStartProperty().get());
        assertEquals("ft-parent-sample-data-20260301-1415", vm.runNameProperty().get());
        assertTrue(vm.modelSummaryProperty().get().contains("fine-tunes parent"), vm.modelSummaryProperty().get());
        TrainingRequest r = vm.request();
        assertNull(r.model());
        assertNotNull(r.fineTune());
        assertEquals(parent, r.fineTune().from());
        assertEquals("2", r.fineTune().settings().freeze());
        assertEquals("dense:16,dropout:0.25,softmax", r.fineTune().settings().head().describe());
        assertEquals(context.workspace().runs().resolve("ft-parent-sample-data-20260301-1415"), r.runDir());
    }

    @Test
    void aBadHeadOrAMissingFileIsExplainedAndStartIsDisabled() throws Exception {
        vm.startFrom().sourceProperty().set(StartFrom.Source.PARENT);
        assertFalse(vm.canStartProperty().get());
        assertTrue(vm.problemsProperty().get().startsWith("Start from: choose a run"), vm.problemsProperty().get());

        Path missing = tmp.resolve("nowhere.h5");
        vm.startFrom().pathProperty().set(missing.toString());
        assertFalse(vm.canStartProperty().get());
        assertEquals("Start from: no such run folder or model file: " + missing, vm.problemsProperty().get());
        assertNull(vm.start(), "nothing starts");

        vm.startFromRun(parentEntry());
        vm.startFrom().headProperty().set("dense:lots");
        assertFalse(vm.canStartProperty().get());
        assertTrue(vm.problemsProperty().get().startsWith("Head: head layer 'dense:lots' is not one of dense:<units>"),
                vm.problemsProperty().get());
        vm.startFrom().headProperty().set("dense:32");
        assertTrue(vm.canStartProperty().get(), vm.problemsProperty().get());

        Path notRun = Files.createDirectories(tmp.resolve("empty-folder"));
        vm.startFrom().pathProperty().set(notRun.toString());
        assertTrue(vm.problemsProperty().get().contains("is not a run folder with a model"), vm.problemsProperty().get());

        Path h5 = Files.writeString(tmp.resolve("model.h5"), "not really");
        vm.startFrom().pathProperty().set(h5.toString());
        vm.startFrom().headProperty().set("");
        assertTrue(vm.problemsProperty().get().startsWith("Class order:"), vm.problemsProperty().get());
        vm.startFrom().classesProperty().set("fer2013");
        vm.startFrom().pixelRangeProperty().set("-1,1");
        assertEquals("", vm.problemsProperty().get());
        TrainingRequest r = vm.request();
        assertEquals(org.emotionworkbench.model.ClassOrder.FER2013, r.fineTune().parentOptions().classes());
        assertEquals(org.emotionworkbench.model.PixelScaling.SYMMETRIC, r.fineTune().parentOptions().scaling());

        vm.startFrom().sourceProperty().set(StartFrom.Source.MODEL_SCREEN);
        assertEquals("", vm.problemsProperty().get(), "the Model screen's network ignores the Start from fields");
        assertNull(vm.request().fineTune());
    }

    @Test
    void startFineTunesTheRunAndItsConfigRecordsTheParent() throws Exception {
        vm.startFromRun(parentEntry());
        vm.startFrom().freezeProperty().set("2");
        vm.startFrom().headProperty().set("dense:16,dropout:0.25");
        vm.settings().epochsProperty().set("1");
        vm.settings().batchSizeProperty().set("32");
        RunResult r = vm.start().future().get(180, TimeUnit.SECONDS);

        assertEquals(1, r.outcome().history().size());
        assertNotNull(r.report(), "evaluated like any run");
        assertEquals(1, vm.progress().valAccuracy().size(), "the live charts follow the fine-tuning");
        assertTrue(vm.progress().log().stream().anyMatch(l -> l.contains("fine-tuning " + parent + " (freeze 2, new head")),
                vm.progress().log().toString());
        RunConfig config = RunConfig.read(r.runDir().resolve("config.json"));
        TransferredFrom t = config.transfer();
        assertNotNull(t, "config.json has the transfer record");
        assertEquals(TransferredFrom.RUN, t.parentKind());
        assertEquals(parent.toString(), t.parentPath());
        assertEquals("2", t.freeze());
        assertEquals("dense:16,dropout:0.25,softmax", t.head());
        assertEquals(2, t.frozenLayers().size());
        assertTrue(Files.readString(r.runDir().resolve("config.json")).contains("\"transfer\""));
        assertEquals(r.runDir(), context.selectedRunProperty().get().dir(), "the new run is selected");
        assertTrue(vm.outcomeProperty().get().contains("Test accuracy"), vm.outcomeProperty().get());
    }
}
