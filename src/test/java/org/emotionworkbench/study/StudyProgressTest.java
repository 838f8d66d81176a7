package org.emotionworkbench.study;

import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.emotionworkbench.study.StudyProgress.Status.DONE;
import static org.emotionworkbench.study.StudyProgress.Status.PART_WAY;
import static org.emotionworkbench.study.StudyProgress.Status.TRAINED;
import static org.emotionworkbench.study.StudyProgress.Status.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A study's progress read from its folder alone, whichever process (or Spark task) trains its runs. */
class StudyProgressTest {
    @TempDir
    Path tmp;

    @Test
    void eachRunIsWaitingPartWayTrainedOrDoneAsItsFilesSay() throws Exception {
        Path faces = tmp.resolve("faces");
        SampleDataGenerator.generate(faces, 16, 6, 4);
        StudySpec one = StudyResumeTest.spec(faces);
        StudySpec spec = new StudySpec("progress", one.model(), one.training(), List.of(1L, 2L), one.sources(),
                one.evaluations());
        Path dir = tmp.resolve("study");
        StudyRunner.open(spec, dir);

        StudyProgress empty = StudyProgress.read(spec, dir);
        assertEquals(List.of(WAITING, WAITING), empty.runs().stream().map(StudyProgress.RunState::status).toList());
        assertEquals(0, empty.fraction(), 0.0);
        assertEquals(0, empty.lastChange());
        assertEquals("0 of 2 runs done, 2 waiting", empty.describe());

        assertFalse(StudyResumeTest.runner(tmp.resolve("cache"), new ArrayList<>(), true).run(spec, dir)); // seed 1 stops after epoch 1
        StudyProgress stopped = StudyProgress.read(spec, dir);
        StudyProgress.RunState first = stopped.runs().get(0);
        assertEquals(PART_WAY, first.status());
        assertEquals("epoch 1 of 3", first.describe());
        assertEquals("[1/2] s seed 1", first.label());
        assertTrue(first.valAccuracy() >= 0 && first.valAccuracy() <= 1);
        assertEquals(WAITING, stopped.runs().get(1).status());
        assertEquals(1.0 / 6, stopped.fraction(), 1e-12);
        assertEquals("0 of 2 runs done, 1 part-way (epoch 1 of 3), 1 waiting", stopped.describe());
        assertTrue(stopped.lastChange() > 0);

        assertTrue(StudyResumeTest.runner(tmp.resolve("cache"), new ArrayList<>(), false).run(spec, dir));
        StudyProgress done = StudyProgress.read(spec, dir);
        assertTrue(done.isComplete());
        assertEquals(1, done.fraction(), 0.0);
        assertEquals("done (3 epochs)", done.runs().get(1).describe());

        Files.delete(new StudyLayout(dir).evaluation("s", 2L, "on-s").resolve(RunFolder.PREDICTIONS));
        StudyProgress evaluating = StudyProgress.read(spec, dir);
        assertEquals(TRAINED, evaluating.runs().get(1).status());
        assertEquals(DONE, evaluating.runs().get(0).status());
        assertFalse(evaluating.isComplete());
        assertEquals("1 of 2 runs done, 1 being evaluated", evaluating.describe());
    }
}
