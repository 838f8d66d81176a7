package org.emotionworkbench.study;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.run.ModelImport;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunExecutor;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Study sources that fine-tune a model ({@code "from"}) instead of training the study's model. */
class StudyFromTest {
    @TempDir
    static Path tmp;
    static Path faces;
    static Path parentRun;

    static StudyRunner runner() {
        return new StudyRunner(LoadOptions.defaults().withCacheDir(tmp.resolve("cache")), RunProgress.SILENT, List.of(), new TrainingControl());
    }

    @BeforeAll
    static void tinyParentRun() throws Exception {
        faces = tmp.resolve("faces");
        SampleDataGenerator.generate(faces, 20, 8, 1);
        parentRun = tmp.resolve("parent");
        new RunExecutor(LoadOptions.defaults().withCacheDir(tmp.resolve("cache"))).execute(Presets.get("tiny"),
                TrainingOptions.of(1, 32, 3e-3, 1),
                new DataOptions(faces.toString(), null, 0.2, false, null, null), RunFolder.createNew(parentRun, true));
    }

    static StudySpec.Source fineTuned(String name, String from, String freeze, String head) {
        return new StudySpec.Source(name, faces.toString(), false, null, null, null, null, from, freeze, head, null,
                null, null);
    }

    @Test
    void aSourceFineTunesItsParentAndIsEvaluated() throws Exception {
        StudySpec spec = new StudySpec("ft", Presets.get("tiny"), TrainingOptions.of(1, 32, 3e-3, 0), List.of(1L),
                List.of(new StudySpec.Source("scratch", faces.toString(), false, null, null, null),
                        fineTuned("tuned", parentRun.toString(), "1", "dense:16,dropout:0.5")),
                List.of(new StudySpec.EvaluationSet("on-faces", faces.toString())),
                new StudySpec.Robustness(List.of(0, 4), 20));
        Path out = tmp.resolve("study-ft");
        assertTrue(runner().run(spec, out));
        StudyLayout layout = new StudyLayout(out);
        Path run = layout.run("tuned", 1);
        assertTrue(StudyLayout.finished(run));
        RunConfig config = RunConfig.read(run.resolve(RunFolder.CONFIG));
        assertNotNull(config.transfer(), "config.json records the parent");
        assertEquals(parentRun.toAbsolutePath().normalize().toString(), config.transfer().parentPath());
        assertEquals("fine-tuned parent", config.modelName());
        Path evaluation = layout.evaluation("tuned", 1, "on-faces");
        assertTrue(Files.isRegularFile(evaluation.resolve(RunFolder.PREDICTIONS)));
        assertTrue(Files.isRegularFile(evaluation.resolve(StudyRunner.ROBUSTNESS)));

        StudySummary summary = StudySummary.of(spec, out, 50, 1);
        assertEquals("fine-tuned parent", summary.models().get("tuned"));
        assertEquals("tiny", summary.models().get("scratch"));
        assertNotNull(summary.cell("tuned", "on-faces"));
        assertTrue(StudySummaryMarkdown.render(summary).contains("tuned – fine-tuned parent"));
        assertTrue(StudyReportHtml.render(summary).contains("tuned – fine-tuned parent"));
    }

    @Test
    void aSourceMayFineTuneAnImportedKerasRun() throws Exception {
        Path h5 = Path.of("../shared/models/keras/fer2013_mini_XCEPTION.00-0.47.hdf5");
        Assumptions.assumeTrue(Files.isRegularFile(h5), "the shared mini-Xception is not here");
        Path imported = tmp.resolve("imported");
        ModelImport.importKeras(h5, new KerasImport.Options(ClassOrder.FER2013, PixelScaling.SYMMETRIC, null),
                imported, false);
        Path few = tmp.resolve("few-faces"); // the graph is slower than tiny: few images keep it to seconds
        SampleDataGenerator.generate(few, 5, 2, 3);
        // no head: the imported model keeps its own output and FER2013 class order
        StudySpec spec = new StudySpec("ft-keras", Presets.get("tiny"), TrainingOptions.of(1, 16, 1e-4, 0),
                List.of(1L), List.of(new StudySpec.Source("xception", few.toString(), false, null, null, null, null,
                        imported.toString(), null, null, null, null, null)),
                List.of(new StudySpec.EvaluationSet("on-faces", few.toString())),
                new StudySpec.Robustness(List.of(0, 2), 8));
        Path out = tmp.resolve("study-keras");
        assertTrue(runner().run(spec, out));
        StudyLayout layout = new StudyLayout(out);
        RunConfig config = RunConfig.read(layout.run("xception", 1).resolve(RunFolder.CONFIG));
        assertTrue(config.transfer().graph(), "the mini-Xception is a graph");
        assertTrue(Files.isRegularFile(layout.evaluation("xception", 1, "on-faces").resolve(RunFolder.PREDICTIONS)));
        assertTrue(Files.isRegularFile(layout.evaluation("xception", 1, "on-faces").resolve(StudyRunner.ROBUSTNESS)));
    }

    @Test
    void fromSurvivesTheSpecsJsonAndResolvesAgainstTheSpecFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("specs"));
        Path f = dir.resolve("s.json");
        Files.writeString(f, """
                {"name": "x", "model": "tiny", "training": {"maxEpochs": 1, "batchSize": 8, "learningRate": 0.001},
                 "seeds": [1], "sources": [{"name": "plain", "data": "../faces"},
                   {"name": "tuned", "data": "../faces", "from": "../parent", "freeze": "1", "head": "dense:8"}]}""");
        StudySpec read = StudySpec.read(f);
        StudySpec.Source tuned = read.sources().get(1);
        assertEquals(parentRun.toAbsolutePath().normalize().toString(), tuned.from());
        assertTrue(tuned.fineTunes());
        assertEquals("dense:8,softmax", tuned.fineTuning().settings().head().describe());
        assertFalse(read.toJson().replace(tuned.from(), "").contains("\"from\" : null"), "absent fields stay out");
        Path again = dir.resolve("again.json");
        Files.writeString(again, read.toJson());
        assertEquals(read, StudySpec.read(again));
        assertFalse(new StudySpec("y", Presets.get("tiny"), read.training(), read.seeds(), List.of(read.sources().get(0)),
                List.of()).toJson().contains("from"), "a study without fine-tuning writes the spec as before");

        Files.writeString(f, """
                {"name": "x", "model": "tiny", "training": {"maxEpochs": 1, "batchSize": 8, "learningRate": 0.001},
                 "seeds": [1], "sources": [{"name": "tuned", "data": "../faces", "from": "../no-such-run"}]}""");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudySpec.read(f));
        assertTrue(e.getMessage().contains("no such run folder or model file"), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ": source 'tuned'"), e.getMessage());
    }

    @Test
    void badFineTuningSettingsAreRefusedWithClearMessages() throws Exception {
        String parent = parentRun.toString();
        assertRefused("no such run folder or model file",
                () -> fineTuned("t", tmp.resolve("missing").toString(), null, null));
        assertRefused("is not a run folder with a model", () -> fineTuned("t", faces.toString(), null, null));
        assertRefused("lstm:3", () -> fineTuned("t", parent, null, "dense:8,lstm:3"));
        assertRefused("only apply to fine-tuning", () -> fineTuned("t", null, "2", null));
        assertRefused("\"headOn\"", () -> new StudySpec.Source("t", faces.toString(), false, null, null, null, null,
                parent, null, null, "conv1", null, null));
        assertRefused("records its own", () -> new StudySpec.Source("t", faces.toString(), false, null, null, null,
                null, parent, null, null, null, "fer2013", null));
        assertRefused("pixelRange", () -> new StudySpec.Source("t", faces.toString(), false, null, null, null,
                null, parent, null, null, null, null, "0,255"));
        Path file = Files.writeString(tmp.resolve("model.h5"), "not really");
        assertRefused("\"classes\"", () -> fineTuned("t", file.toString(), null, null));
        assertRefused("source 't': \"classes\"", () -> new StudySpec.Source("t", faces.toString(), false, null, null,
                null, null, file.toString(), null, null, null, "happy,sad,whatever", null));
    }

    private static void assertRefused(String expected, org.junit.jupiter.api.function.Executable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("source 't'"), e.getMessage());
    }
}
