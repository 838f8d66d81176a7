package org.emotionworkbench.ui.compare;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.study.StudyEstimate;
import org.emotionworkbench.study.StudySpec;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyBuilderViewModelTest {
    @TempDir
    Path tmp;
    private WorkbenchContext context;
    private StudyBuilderViewModel vm;

    @BeforeEach
    void setUp() {
        context = new WorkbenchContext(UiExecutor.DIRECT, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache());
        vm = new StudyBuilderViewModel(context);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private void twoSourcesAndATestSet() throws Exception {
        Path a = tmp.resolve("real");
        Path b = tmp.resolve("synthetic");
        SampleDataGenerator.generate(a, 10, 2, 1);
        SampleDataGenerator.generate(b, 10, 2, 2);
        context.datasetSpecProperty().set(a.toString());
        StudySourceRow real = vm.addSource();
        real.nameProperty().set("real");
        real.balancingProperty().set(Balancing.CLASS_WEIGHTS);
        StudySourceRow synth = vm.addSource();
        synth.nameProperty().set("synthetic");
        synth.dataProperty().set(b.toString());
        synth.augmentProperty().set(false);
        StudyEvaluationRow test = vm.addEvaluation();
        test.nameProperty().set("real-test");
        test.dataProperty().set(a.toString());
        test.sharedClassesProperty().set(true);
    }

    @Test
    void theFormBecomesTheSpecTheEngineRuns() throws Exception {
        twoSourcesAndATestSet();
        vm.nameProperty().set("real-vs-synthetic");
        vm.modelProperty().set("tiny");
        vm.seedsProperty().set("1, 2 3");
        vm.patienceProperty().set("0");
        StudySpec spec = vm.build().orElseThrow();
        assertEquals(List.of(1L, 2L, 3L), spec.seeds());
        assertEquals("tiny", spec.model().name());
        assertEquals(List.of("real", "synthetic"), spec.sources().stream().map(StudySpec.Source::name).toList());
        assertEquals(Balancing.CLASS_WEIGHTS, spec.sources().get(0).balancing());
        assertTrue(spec.sources().get(0).augmentation() != null && spec.sources().get(1).augmentation() == null);
        assertEquals(EvaluationClasses.SHARED, spec.evaluations().get(0).classes());
        assertNull(spec.training().earlyStopping(), "patience 0 turns early stopping off");
        assertTrue(spec.robustness().epsilons().isEmpty());

        Path file = vm.save();
        assertEquals(tmp.resolve("ws/studies/real-vs-synthetic.json"), file);
        StudySpec read = StudySpec.read(file);
        assertEquals(spec.toJson(), read.toJson(), "saved as the ordinary spec JSON");
    }

    @Test
    void badInputGetsOneMessageAndNoSpec() throws Exception {
        vm.seedsProperty().set("1, two");
        vm.epochsProperty().set("many");
        assertTrue(vm.build().isEmpty());
        assertTrue(vm.problemProperty().get().contains("Epochs: enter a whole number."), vm.problemProperty().get());
        assertTrue(vm.problemProperty().get().contains("'two'"), vm.problemProperty().get());
        vm.seedsProperty().set("1");
        vm.epochsProperty().set("5");
        assertTrue(vm.build().isEmpty(), "no source");
        assertTrue(vm.problemProperty().get().contains("at least one source"), vm.problemProperty().get());
        assertNull(vm.save());
        assertTrue(Files.notExists(tmp.resolve("ws/studies")));
    }

    @Test
    void theSweepFieldsBecomeTheSpecsSweepAndThePreviewCountsEveryCombination() throws Exception {
        twoSourcesAndATestSet();
        vm.seedsProperty().set("1, 2");
        assertNull(vm.build().orElseThrow().sweep(), "blank sweep fields: no sweep");
        vm.sweepEpochsProperty().set("1, 2 3");
        vm.sweepLearningRateProperty().set("0.001,0.0005");
        StudySpec spec = vm.build().orElseThrow();
        assertEquals(List.of(1, 2, 3), spec.sweep().maxEpochs());
        assertNull(spec.sweep().batchSize());
        assertEquals(List.of(0.001, 0.0005), spec.sweep().learningRate());
        StudyEstimate e = vm.preview().future().get(30, TimeUnit.SECONDS);
        assertEquals(2 * 2 * 6, e.runs());
        assertTrue(vm.previewProperty().get().startsWith("24 runs, roughly "), vm.previewProperty().get());
        assertEquals(spec.toJson(), StudySpec.read(vm.save()).toJson(), "saved with its sweep");

        vm.sweepBatchProperty().set("32, big");
        assertTrue(vm.build().isEmpty());
        assertEquals("Batch sizes to sweep: 'big' is not a whole number; list them like 32, 64.",
                vm.problemProperty().get());
        vm.sweepBatchProperty().set("32, 32");
        assertTrue(vm.build().isEmpty());
        assertTrue(vm.problemProperty().get().contains("\"batchSize\" lists 32 twice"), vm.problemProperty().get());
    }

    @Test
    void thePreviewCountsRunsAndTime() throws Exception {
        twoSourcesAndATestSet();
        vm.seedsProperty().set("1, 2");
        StudyEstimate e = vm.preview().future().get(30, TimeUnit.SECONDS);
        assertEquals(4, e.runs());
        assertTrue(vm.previewProperty().get().startsWith("4 runs, roughly "), vm.previewProperty().get());
    }

    @Test
    void aSourceThatFineTunesIsPricedByItsParentsNetworkNotTheStudysModel() throws Exception {
        Path parent = tmp.resolve("runs/tiny");
        org.emotionworkbench.run.RunFolder run = org.emotionworkbench.run.RunFolder.createNew(parent, false);
        org.deeplearning4j.util.ModelSerializer.writeModel(org.emotionworkbench.model.NetworkFactory.build(
                org.emotionworkbench.model.Presets.get("tiny"), org.emotionworkbench.model.NetworkSettings.defaults(5)),
                run.file(org.emotionworkbench.run.RunFolder.MODEL).toFile(), false);
        Path data = tmp.resolve("real");
        SampleDataGenerator.generate(data, 10, 2, 1);
        context.datasetSpecProperty().set(data.toString());
        StudySourceRow source = vm.addSource();
        vm.seedsProperty().set("1");
        vm.modelProperty().set("pisa");
        StudyEstimate scratch = vm.preview().future().get(30, TimeUnit.SECONDS);

        source.fromProperty().set(parent.toString());
        source.freezeProperty().set("3");
        StudySpec spec = vm.build().orElseThrow(() -> new AssertionError(vm.problemProperty().get()));
        assertTrue(spec.sources().get(0).fineTunes());
        StudyEstimate fineTuned = vm.preview().future().get(30, TimeUnit.SECONDS);
        StudyEstimate.Cost parentCost = StudyEstimate.Cost.of(org.emotionworkbench.transfer.FineTuning.network(
                spec.sources().get(0).fineTuning()));
        assertEquals(parentCost.trainingFlops(), fineTuned.trainingFlopsPerImage(), 1,
                "the tiny parent with three layers frozen, not pisa from scratch");
        assertTrue(fineTuned.seconds() < scratch.seconds() / 20, fineTuned.seconds() + " s vs " + scratch.seconds() + " s");

        vm.modelProperty().set("tiny"); // the study's model does not train on a source that fine-tunes
        assertEquals(fineTuned.seconds(), vm.preview().future().get(30, TimeUnit.SECONDS).seconds(), 1e-9);
    }
}
