package org.emotionworkbench.run;

import static org.emotionworkbench.dataset.Emotion.ANGRY;
import static org.emotionworkbench.dataset.Emotion.FEAR;
import static org.emotionworkbench.dataset.Emotion.HAPPY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.evaluation.ClassSubset;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingClassesTest {
    @TempDir
    Path tmp;

    private RunFolder run(String configJson) throws Exception {
        Files.writeString(tmp.resolve(RunFolder.CONFIG), configJson);
        return new RunFolder(tmp);
    }

    private static Sample face(org.emotionworkbench.dataset.Emotion e) {
        return new Sample("x.png", e, new float[ImageGeometry.PIXELS]);
    }

    @Test
    void theTrainingClassesAreThoseWithTrainingSamplesInConfigJson() throws Exception {
        RunFolder run = run("{\"dataUsed\": {\"train\": {\"samples\": 5, \"perClass\": {\"angry\": 3, \"disgust\": 0, "
                + "\"happy\": 2}, \"fingerprint\": \"f\"}, \"evaluation\": {\"samples\": 1, \"perClass\": {\"fear\": 1}}}}");

        assertEquals(List.of(ANGRY, HAPPY), TrainingClasses.of(run));
        ClassSubset shared = TrainingClasses.subset(EvaluationClasses.SHARED, run, List.of(face(HAPPY), face(FEAR)));
        assertEquals(List.of(HAPPY), shared.classes());
        assertEquals(List.of(FEAR, HAPPY), shared.testClasses());
    }

    @Test
    void withoutTrainingCountsSharedIsRefusedAndAllScoresEverything() throws Exception {
        RunFolder run = run("{}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingClasses.subset(EvaluationClasses.SHARED, run, List.of(face(HAPPY))));

        assertTrue(e.getMessage().startsWith("cannot evaluate on shared classes: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("records no training counts per class, so the classes the model was "
                + "trained on are unknown"), e.getMessage());
        assertEquals(ClassSubset.all(), TrainingClasses.subset(EvaluationClasses.ALL, run, List.of(face(HAPPY))));
    }
}
