package org.emotionworkbench.ui.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.ExplainRequest;
import org.emotionworkbench.explain.HeatmapMethod;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.run.ModelImport;
import org.emotionworkbench.run.RunExplainer;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.ui.ExplainTarget;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.evaluation.TinyRun;
import org.emotionworkbench.ui.workspace.RunEntry;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainViewModelTest {
    @TempDir
    Path tmp;
    private WorkbenchContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private WorkbenchContext context() {
        context = new WorkbenchContext(UiExecutor.DIRECT, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache());
        return context;
    }

    @Test
    void settingsBecomeTheEngineRequest() {
        ExplainSettings s = ExplainSettings.defaults();
        assertEquals(new ExplainRequest(ClassTarget.predicted(), null, "gradcam", true), s.request());
        ExplainSettings fixed = new ExplainSettings(ClassTarget.of(Emotion.SAD), "conv2d", MethodOption.SCORE_CAM,
                Colormap.VIRIDIS, 0.8);
        assertEquals(new ExplainRequest(ClassTarget.of(Emotion.SAD), "conv2d", "scorecam", true), fixed.request());
        assertEquals(new ExplainRequest(ClassTarget.trueClass(), "conv2d", "scorecam", false), fixed.meanRequest());
        for (MethodOption m : MethodOption.values()) {
            assertEquals(m.engineName(), HeatmapMethod.parse(m.engineName()).name());
        }
        assertThrows(IllegalArgumentException.class, () -> new ExplainSettings(ClassTarget.predicted(), null,
                MethodOption.GRAD_CAM, Colormap.JET, 1.5));
    }

    @Test
    void facesPickedFromFilesTakeTheirTrueClassFromTheFolder() {
        FaceChoice f = FaceChoice.ofFile(Path.of("/data/test/sadness/x.png"));
        assertEquals(Emotion.SAD, f.trueLabel());
        assertNull(f.predicted());
        assertNull(FaceChoice.ofFile(Path.of("/data/faces/x.png")).trueLabel());
        assertEquals("sad\u2192?  x.png", f.toString());
    }

    /** A stand-in model that records being closed. */
    private static final class Fake implements AutoCloseable {
        final Path dir;
        boolean closed;

        Fake(Path dir) {
            this.dir = dir;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void theModelCacheKeepsRecentModelsAndClosesTheOthers() throws Exception {
        List<Fake> opened = new ArrayList<>();
        long[] version = {1};
        ModelCache<Fake> cache = new ModelCache<>(2, d -> {
            Fake f = new Fake(d);
            opened.add(f);
            return f;
        }, d -> version[0]);
        Fake a = cache.get(tmp.resolve("a"));
        Fake b = cache.get(tmp.resolve("b"));
        assertEquals(a, cache.get(tmp.resolve("a")));
        Fake c = cache.get(tmp.resolve("c")); // b is the least recently used
        assertTrue(b.closed);
        assertTrue(!a.closed && !c.closed);
        assertEquals(3, opened.size());
        version[0] = 2; // a's model.zip changed: reloaded, the old one closed
        Fake a2 = cache.get(tmp.resolve("a"));
        assertTrue(a.closed && a2 != a);
        cache.close();
        assertTrue(a2.closed && c.closed);
        assertThrows(IllegalStateException.class, () -> cache.get(tmp.resolve("a")));
    }

    @Test
    void aRunWithAnEmptyModelZipSaysSoInsteadOfLoadingIt() throws Exception {
        Path run = org.emotionworkbench.run.RunFolderFixture.at(tmp.resolve("ws/runs/cut")).ownTest(true, false).write();
        Files.write(run.resolve(org.emotionworkbench.run.RunFolder.MODEL), new byte[0]);
        ExplainViewModel vm = new ExplainViewModel(context());
        context.runs().refresh();
        vm.runProperty().set(context.runs().runs().get(0));
        vm.faceProperty().set(FaceChoice.ofFile(Path.of("sample-data/test/happy/happy_0000.png").toAbsolutePath()));
        assertTrue(vm.statusErrorProperty().get());
        assertEquals("The run cut cannot be explained: model.zip is empty (0 bytes): the model was never written completely",
                vm.statusProperty().get());
    }

    @Test
    void anExplainTargetIsExplainedWithTheRunsModel() throws Exception {
        Path run = TinyRun.copyInto(tmp.resolve("ws"), "r1");
        Path other = TinyRun.copyInto(tmp.resolve("ws"), "r2");
        ExplainViewModel vm = new ExplainViewModel(context());
        context.runs().refresh();
        assertNull(vm.heatmapProperty().get());
        Prediction p = PredictionsCsv.read(run.resolve(RunFolder.PREDICTIONS)).get(0);
        context.explainTargetProperty().set(new ExplainTarget(run, p.file(), p.trueLabel(), p.predicted()));
        ExplainResult r = vm.lastTask().future().get(30, TimeUnit.SECONDS);
        assertNotNull(vm.heatmapProperty().get());
        assertEquals(run, vm.runProperty().get().dir());
        assertEquals(List.of("conv2d", "conv2d_1"), vm.layers());
        assertEquals(p.predicted(), r.main().explanation().target());
        assertEquals(p.probability(p.predicted()), r.main().explanation().targetProbability(), 1e-5);
        assertNotNull(r.main().trust());
        assertTrue(vm.statusProperty().get().contains("Grad-CAM of layer conv2d_1"), vm.statusProperty().get());
        assertEquals("conv2d_1", vm.layerProperty().get(), "the layer list shows the layer explained, not a blank");
        assertEquals(List.of(other), vm.compareCandidates().stream().map(e -> e.dir()).toList(),
                "Compare with does not offer the run itself");

        vm.targetProperty().set(ClassTarget.of(Emotion.SURPRISE));
        vm.layerProperty().set("conv2d");
        r = vm.lastTask().future().get(30, TimeUnit.SECONDS);
        assertEquals(Emotion.SURPRISE, r.main().explanation().target());
        assertEquals("conv2d", r.main().layer());

        vm.compareRunProperty().set(context.runs().find(other).orElseThrow());
        r = vm.lastTask().future().get(30, TimeUnit.SECONDS);
        assertEquals(0.0, r.comparison().meanAbsoluteDifference(), 1e-9, "the same model looks at the same places");
        assertEquals(2, vm.models().size());

        vm.faceProperty().set(new FaceChoice(tmp.resolve("none.png").toString(), null, null, Double.NaN));
        assertThrows(ExecutionException.class, () -> vm.lastTask().future().get(30, TimeUnit.SECONDS));
        assertNull(vm.heatmapProperty().get());
        assertTrue(vm.statusErrorProperty().get());
        assertTrue(vm.statusProperty().get().contains("cannot read the image"), vm.statusProperty().get());
    }

    /**
     * A run imported from the real FER2013 mini-Xception (a Keras graph, 64×64, FER2013 class order) is explained on
     * the screen as a trained run is, and compared with one.
     */
    @Test
    void anImportedRunIsExplainedAndComparedLikeATrainedOne() throws Exception {
        Path h5 = Path.of("../shared/models/keras/fer2013_mini_XCEPTION.00-0.47.hdf5").toAbsolutePath().normalize();
        Path faces = Path.of("../shared/datasets/fer2013/test/happy").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(h5) && Files.isDirectory(faces));
        Path imported = tmp.resolve("ws").resolve("mini");
        ModelImport.importKeras(h5, new KerasImport.Options(ClassOrder.FER2013, PixelScaling.SYMMETRIC, null),
                imported, false).model().close();
        Path trained = TinyRun.copyInto(tmp.resolve("ws"), "r1");
        String face;
        try (var list = Files.list(faces)) {
            face = list.sorted().findFirst().orElseThrow().toString();
        }
        ExplainViewModel vm = new ExplainViewModel(context());
        context.runs().refresh();
        context.explainTargetProperty().set(new ExplainTarget(imported, face, Emotion.HAPPY, null));
        ExplainResult r = vm.lastTask().future().get(60, TimeUnit.SECONDS);
        assertTrue(vm.layers().containsAll(List.of("conv2d_1", "add_4", "conv2d_7")), vm.layers().toString());
        assertEquals("conv2d_7", r.main().layer());
        var e = r.main().explanation();
        assertEquals(e.predicted(), e.target());
        assertNotNull(r.main().trust());

        vm.targetProperty().set(ClassTarget.trueClass());
        vm.layerProperty().set("add_4");
        vm.compareRunProperty().set(context.runs().find(trained).orElseThrow());
        r = vm.lastTask().future().get(60, TimeUnit.SECONDS);
        assertEquals(Emotion.HAPPY, r.main().explanation().target());
        assertEquals("add_4", r.main().layer());
        assertEquals("conv2d_1", r.other().layer(), "the trained run has no add_4: its last convolution layer");
        assertEquals(Emotion.HAPPY, r.other().explanation().target());
        assertTrue(r.comparison().meanAbsoluteDifference() > 0);
    }

    /** A rescan makes new entries of the same run folders: the screen keeps its runs, as listed now. */
    @Test
    void theRunsFollowRescansAndKeepTheChosenEvaluationSet() throws Exception {
        Path run = TinyRun.copyInto(tmp.resolve("ws"), "r1");
        Path other = TinyRun.copyInto(tmp.resolve("ws"), "r2");
        Path cross = run.resolve("evaluations").resolve("fer");
        Files.createDirectories(cross);
        Files.copy(run.resolve(RunFolder.REPORT_JSON), cross.resolve(RunFolder.REPORT_JSON));
        Files.setLastModifiedTime(run, FileTime.fromMillis(1_000_000));
        ExplainViewModel vm = new ExplainViewModel(context());
        context.runs().refresh();
        context.selectedRunProperty().set(context.runs().find(run).orElseThrow());
        vm.compareRunProperty().set(context.runs().find(other).orElseThrow());
        assertEquals(2, vm.sets().size());
        vm.evaluationSetProperty().set(vm.sets().get(1));

        context.runs().refresh(); // nothing changed: equal entries, new instances
        assertSame(context.runs().find(run).orElseThrow(), vm.runProperty().get());
        assertSame(context.runs().find(other).orElseThrow(), vm.compareRunProperty().get());
        assertEquals(cross, vm.evaluationSetProperty().get().dir());

        Files.setLastModifiedTime(run, FileTime.fromMillis(2_000_000)); // the run folder changed
        context.runs().refresh();
        RunEntry fresh = context.runs().find(run).orElseThrow();
        assertEquals(FileTime.fromMillis(2_000_000), fresh.modified());
        assertSame(fresh, vm.runProperty().get());
        assertEquals(cross, vm.evaluationSetProperty().get().dir(), "the same run keeps its evaluation set");
        assertSame(context.runs().find(other).orElseThrow(), vm.compareRunProperty().get());
    }

    @Test
    void meanHeatmapsCoverTheEvaluationSetPerClass() throws Exception {
        Path run = TinyRun.copyInto(tmp.resolve("ws"), "r1");
        ExplainViewModel vm = new ExplainViewModel(context());
        context.runs().refresh();
        context.selectedRunProperty().set(context.runs().find(run).orElseThrow());
        vm.targetProperty().set(ClassTarget.trueClass());
        RunExplainer.MeanHeatmapsResult r = vm.means().start().future().get(60, TimeUnit.SECONDS);
        assertEquals(140, r.explained());
        assertEquals(Emotion.COUNT, r.means().size());
        assertTrue(r.means().stream().allMatch(m -> m.count() == 20));
        assertEquals(r, vm.means().resultProperty().get());
        assertTrue(vm.means().statusProperty().get().contains("140 faces grouped by true class"),
                vm.means().statusProperty().get());
    }
}
