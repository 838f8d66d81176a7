package org.emotionworkbench.run;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.training.Balancing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PreparationPreviewTest {
    @TempDir
    Path tmp;

    private static final LoadOptions NO_CACHE = LoadOptions.defaults().withoutCache();

    @Test
    void thePreviewCountsWhatTheRunExecutorPrepares() throws Exception {
        Path root = tmp.resolve("faces");
        SampleDataGenerator.generate(root, 9, 3, 4);
        // imbalance and two leaks: test faces copied into train
        for (int i = 0; i < 9; i++) {
            Files.delete(root.resolve(String.format("train/disgust/disgust_%04d.png", i)));
            if (i == 3) {
                break;
            }
        }
        Files.copy(root.resolve("test/happy/happy_0000.png"), root.resolve("train/happy/leak_a.png"));
        Files.copy(root.resolve("test/sad/sad_0001.png"), root.resolve("train/sad/leak_b.png"));
        LoadedDataset ds = DataSources.load(root.toString(), NO_CACHE);
        RunExecutor executor = new RunExecutor(NO_CACHE);
        for (Balancing b : Balancing.values()) {
            for (boolean consolidate : new boolean[]{false, true}) {
                for (boolean exclude : new boolean[]{false, true}) {
                    DataOptions data = new DataOptions(root.toString(), null, 0.25, consolidate, null, b, exclude);
                    RunExecutor.PreparedData run = executor.prepare(data, 7);
                    PreparationPreview p = PreparationPreview.of(ds, data, null, 7);
                    String what = b + " consolidate=" + consolidate + " exclude=" + exclude;
                    assertArrayEquals(RunExecutor.countPerClass(run.train()), p.train(), what);
                    assertArrayEquals(RunExecutor.countPerClass(run.validation()), p.validation(), what);
                    assertArrayEquals(RunExecutor.countPerClass(run.test()), p.evaluation(), what);
                    assertEquals(run.excludedTestDuplicates(), p.excludedTestDuplicates(), what);
                    assertEquals(run.testName(), p.evaluationName(), what);
                    if (b == Balancing.CLASS_WEIGHTS) {
                        assertArrayEquals(run.classWeights(), p.classWeights(), 1e-12, what);
                    } else {
                        assertNull(p.classWeights(), what);
                    }
                }
            }
        }
    }

    @Test
    void balancingByAugmentationRaisesEveryPresentClassToTheMajority() throws Exception {
        Path root = tmp.resolve("faces");
        SampleDataGenerator.generate(root, 10, 2, 4);
        Files.delete(root.resolve("train/fear/fear_0000.png"));
        LoadedDataset ds = DataSources.load(root.toString(), NO_CACHE);
        PreparationPreview p = PreparationPreview.of(ds,
                new DataOptions(root.toString(), null, 0.2, false, null, Balancing.AUGMENT_MINORITY, false), null, 1);
        assertEquals(7, p.trainBeforeBalancing()[Emotion.FEAR.ordinal()]);
        assertEquals(8, p.trainBeforeBalancing()[Emotion.HAPPY.ordinal()]);
        assertEquals(8, p.train()[Emotion.FEAR.ordinal()]);
        assertEquals(56, PreparationPreview.sum(p.train()));
    }

    @Test
    void anUnloadedCrossDatasetTestLeavesTheEvaluationUnknown() throws Exception {
        Path root = tmp.resolve("faces");
        SampleDataGenerator.generate(root, 4, 2, 4);
        LoadedDataset ds = DataSources.load(root.toString(), NO_CACHE);
        PreparationPreview p = PreparationPreview.of(ds,
                new DataOptions(root.toString(), "/elsewhere", 0.2, false, null, Balancing.NONE, false), null, 1);
        assertNull(p.evaluation());
        assertEquals("test:/elsewhere", p.evaluationName());
        PreparationPreview q = PreparationPreview.of(ds,
                new DataOptions(root.toString(), "/elsewhere", 0.2, false, null, Balancing.NONE, false), ds, 1);
        assertEquals(14, PreparationPreview.sum(q.evaluation()));
    }
}
