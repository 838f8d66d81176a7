package org.emotionworkbench.run;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadMonitor;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.SourcePixels;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.ExplainRequest;
import org.emotionworkbench.explain.FaceExplanation;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One tiny run on generated faces (1 epoch), explained face by face, averaged, and evaluated on another dataset. */
class RunExplainerTest {
    @TempDir
    static Path tmp;
    static Path runDir;
    static Path faces;
    static List<Prediction> predictions;

    @BeforeAll
    static void train() throws Exception {
        faces = tmp.resolve("faces");
        SampleDataGenerator.generate(faces, 6, 3, 11);
        runDir = tmp.resolve("run");
        new RunExecutor(LoadOptions.defaults().withoutCache()).execute(Presets.get("tiny"), TrainingOptions.of(1, 16, 1e-3, 1),
                new DataOptions(faces.toString(), null, 0.2, false, null, null), RunFolder.createNew(runDir, false));
        predictions = PredictionsCsv.read(runDir.resolve(RunFolder.PREDICTIONS));
    }

    @Test
    void aFaceIsExplainedForTheRequestedClassWithTheModelsOwnProbabilities() throws Exception {
        try (RunExplainer ex = RunExplainer.open(runDir)) {
            assertEquals(List.of("conv2d", "conv2d_1"), ex.convolutionLayers());
            Prediction p = predictions.get(0);
            float[] px = new SourcePixels(null).load(p.file());
            assertArrayEquals(p.probabilities(), ex.probabilities(px), 1e-5f);
            FaceExplanation predicted = ex.explain(px, p.trueLabel(), ExplainRequest.defaults());
            assertEquals(p.predicted(), predicted.explanation().target());
            assertEquals("conv2d_1", predicted.layer());
            assertNotNull(predicted.trust());
            FaceExplanation first = ex.explain(px, p.trueLabel(),
                    new ExplainRequest(ClassTarget.of(Emotion.SURPRISE), "conv2d", "gradcam++", false));
            assertEquals(Emotion.SURPRISE, first.explanation().target());
            assertEquals("conv2d", first.layer());
            assertNull(first.trust());
            assertThrows(IllegalArgumentException.class, () -> ex.explain(px, null,
                    ExplainRequest.defaults().withTarget(ClassTarget.trueClass())));
            ex.close();
            IllegalStateException closed = assertThrows(IllegalStateException.class, () -> ex.probabilities(px));
            assertTrue(closed.getMessage().contains("closed"));
        }
    }

    @Test
    void meanHeatmapsCoverEveryReadableFaceAndStopWhenCancelled() {
        List<RunExplainer.Face> set = new java.util.ArrayList<>(predictions.stream()
                .map(p -> new RunExplainer.Face(p.file(), p.trueLabel())).toList());
        set.add(new RunExplainer.Face(tmp.resolve("missing.png").toString(), Emotion.SAD));
        try (RunExplainer ex = RunExplainer.open(runDir)) {
            RunExplainer.MeanHeatmapsResult r = ex.meanHeatmaps(set, new SourcePixels(null),
                    ExplainRequest.defaults().withTarget(ClassTarget.trueClass()), RunExplainer.Monitor.NONE);
            assertEquals(predictions.size(), r.explained());
            assertEquals(1, r.skipped());
            assertTrue(r.problems().get(0).contains("missing.png"));
            assertEquals(Emotion.COUNT, r.means().size()); // 3 test faces of each class, explained for their true class
            assertTrue(r.means().stream().allMatch(m -> m.count() == 3));
            assertThrows(CancellationException.class, () -> ex.meanHeatmaps(set, new SourcePixels(null),
                    ExplainRequest.defaults(), new RunExplainer.Monitor() {
                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    }));
        }
    }

    @Test
    void meanHeatmapsOverSeveralBatchesEqualThoseOfOneBatch() {
        List<RunExplainer.Face> once = predictions.stream().map(p -> new RunExplainer.Face(p.file(), p.trueLabel())).toList();
        List<RunExplainer.Face> fourTimes = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fourTimes.addAll(once);
        }
        try (RunExplainer ex = RunExplainer.open(runDir)) {
            assertTrue(once.size() <= ex.batchSize() && fourTimes.size() > ex.batchSize(), "one batch vs several");
            ExplainRequest request = ExplainRequest.defaults().withTarget(ClassTarget.trueClass());
            var single = ex.meanHeatmaps(once, new SourcePixels(null), request, RunExplainer.Monitor.NONE).means();
            var several = ex.meanHeatmaps(fourTimes, new SourcePixels(null), request, RunExplainer.Monitor.NONE).means();
            assertEquals(single.size(), several.size());
            for (int c = 0; c < single.size(); c++) {
                assertEquals(single.get(c).target(), several.get(c).target());
                assertEquals(4 * single.get(c).count(), several.get(c).count());
                assertArrayEquals(single.get(c).heatmap().values(), several.get(c).heatmap().values(), 1e-5f);
                assertArrayEquals(single.get(c).meanFace(), several.get(c).meanFace(), 1e-5f);
            }
        }
    }

    @Test
    void anotherDatasetIsEvaluatedIntoTheRunsEvaluationsFolder() throws Exception {
        Path other = tmp.resolve("other-faces");
        SampleDataGenerator.generate(other, 1, 2, 12);
        Path out = CrossDatasetEvaluation.defaultOutput(runDir, other.toString());
        assertEquals(runDir.resolve("evaluations").resolve("other-faces"), out);
        RunEvaluation.Result r = CrossDatasetEvaluation.evaluate(runDir, other.toString(), SourceOptions.defaults(),
                LoadOptions.defaults().withoutCache(), LoadMonitor.NONE, out, false);
        assertEquals(14, r.predictions().size());
        assertEquals(r.report(), ClassificationReport.fromJson(Files.readString(out.resolve(RunFolder.REPORT_JSON))));
        assertEquals(List.of(out), CrossDatasetEvaluation.list(runDir));
        assertThrows(IllegalArgumentException.class, () -> CrossDatasetEvaluation.evaluate(runDir, other.toString(),
                SourceOptions.defaults(), LoadOptions.defaults().withoutCache(), LoadMonitor.NONE, out, false));
    }
}
