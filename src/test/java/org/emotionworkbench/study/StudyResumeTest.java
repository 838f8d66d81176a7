package org.emotionworkbench.study;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.HistoryCsv;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.training.EpochResult;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingListener;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A study run that was stopped part-way (by request, or because its process or Spark task died) goes on after its
 * last finished epoch when the study runs again, and ends as the run an uninterrupted study trains.
 */
class StudyResumeTest {
    @TempDir
    static Path tmp;
    static Path faces;

    @BeforeAll
    static void makeFaces() throws Exception {
        faces = tmp.resolve("faces");
        SampleDataGenerator.generate(faces, 16, 6, 4);
    }

    static StudySpec spec(Path data) {
        return new StudySpec("resume", Presets.get("tiny"), TrainingOptions.of(3, 16, 3e-3, 0), List.of(1L),
                List.of(new StudySpec.Source("s", data.toString(), false, null, null, null, 0.0)),
                List.of(new StudySpec.EvaluationSet("on-s", data.toString())));
    }

    /** A runner that records its stage lines and, when asked, stops after the first epoch it trains. */
    static StudyRunner runner(List<String> stages, boolean stopAfterAnEpoch) {
        return runner(tmp.resolve("cache"), stages, stopAfterAnEpoch);
    }

    static StudyRunner runner(Path cache, List<String> stages, boolean stopAfterAnEpoch) {
        TrainingControl control = new TrainingControl();
        TrainingListener stopper = new TrainingListener() {
            @Override
            public void onEpoch(EpochResult result) {
                control.requestStop();
            }
        };
        RunProgress progress = new RunProgress() {
            @Override
            public void stage(String description) {
                stages.add(description);
            }
        };
        return new StudyRunner(LoadOptions.defaults().withCacheDir(cache), progress,
                stopAfterAnEpoch ? List.of(stopper) : List.of(), control);
    }

    private static List<double[]> numbers(Path runDir) throws Exception {
        List<double[]> rows = new ArrayList<>();
        for (EpochMetrics m : HistoryCsv.read(runDir.resolve(RunFolder.HISTORY))) {
            rows.add(new double[]{m.epoch(), m.loss(), m.accuracy(), m.valLoss(), m.valAccuracy()});
        }
        return rows;
    }

    @Test
    void aStoppedRunGoesOnAfterItsLastEpochAndEndsAsAnUninterruptedOne() throws Exception {
        StudySpec spec = spec(faces);
        Path stopped = tmp.resolve("stopped");
        List<String> first = new ArrayList<>();
        assertFalse(runner(first, true).run(spec, stopped));
        Path runDir = new StudyLayout(stopped).run("s", 1L);
        assertEquals(1, HistoryCsv.read(runDir.resolve(RunFolder.HISTORY)).size());

        List<String> second = new ArrayList<>();
        assertTrue(runner(second, false).run(spec, stopped));
        assertTrue(second.stream().anyMatch(s -> s.endsWith(": resuming")), String.join("\n", second));
        assertTrue(second.stream().anyMatch(s -> s.startsWith("resuming tiny after epoch 1 of 3")),
                String.join("\n", second));
        assertFalse(second.stream().anyMatch(s -> s.endsWith(": training")), "not trained again from the start");

        Path whole = tmp.resolve("uninterrupted");
        assertTrue(runner(new ArrayList<>(), false).run(spec, whole));
        Path wholeRun = new StudyLayout(whole).run("s", 1L);
        List<double[]> a = numbers(runDir);
        List<double[]> b = numbers(wholeRun);
        assertEquals(3, a.size());
        for (int i = 0; i < a.size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(b.get(i), a.get(i), 0.0, "epoch " + (i + 1));
        }
        Path predictions = Path.of("evaluations", "on-s", RunFolder.PREDICTIONS);
        assertEquals(Files.readString(wholeRun.resolve(predictions)), Files.readString(runDir.resolve(predictions)));
    }

    @Test
    void aRunWhoseDataChangedSinceItStoppedIsTrainedAgainFromTheStart() throws Exception {
        Path copy = tmp.resolve("faces-changing");
        SampleDataGenerator.generate(copy, 16, 6, 4);
        StudySpec spec = spec(copy);
        Path dir = tmp.resolve("changed");
        assertFalse(runner(new ArrayList<>(), true).run(spec, dir));
        try (Stream<Path> happy = Files.list(copy.resolve("train/happy"))) {
            Files.delete(happy.sorted().findFirst().orElseThrow());
        }
        List<String> stages = new ArrayList<>();
        assertTrue(runner(stages, false).run(spec, dir));
        assertTrue(stages.stream().anyMatch(s -> s.contains("cannot resume (cannot resume: the ")
                && s.contains(" data is not what the run started with")), String.join("\n", stages));
        assertTrue(stages.stream().anyMatch(s -> s.endsWith(": training")), String.join("\n", stages));
        assertEquals(3, HistoryCsv.read(new StudyLayout(dir).run("s", 1L).resolve(RunFolder.HISTORY)).size());
    }
}
