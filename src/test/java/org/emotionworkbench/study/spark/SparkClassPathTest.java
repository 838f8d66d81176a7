package org.emotionworkbench.study.spark;

import org.emotionworkbench.model.Presets;
import org.emotionworkbench.study.StudySpec;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("spark") // pom.xml: run by the spark-tests execution, with Spark on the class path
class SparkClassPathTest {
    @Test
    void sparkIsOnTheTestClassPathAndAMissingClassIsNot() {
        assertTrue(SparkClassPath.present());
        assertFalse(SparkClassPath.present("org.apache.spark.NoSuchContext"));
    }

    @Test
    void theMissingSparkMessageSaysHowToRunThroughSparkSubmit() {
        String m = SparkClassPath.missingMessage("local[2]");
        assertTrue(m.contains("spark-submit --master 'local[2]' --class org.emotionworkbench.cli.Main"), m);
        assertTrue(m.contains("--spark 'local[2]'"), m);
        assertTrue(m.contains("<spark>/jars/*:emotion-workbench.jar"), m); // Spark's netty before DL4J's
    }

    @Test
    void aTaskRebuildsTheSpecTheDriverWrote() {
        StudySpec spec = new StudySpec("ab", Presets.get("tiny"), TrainingOptions.of(2, 32, 3e-3, 0), List.of(1L, 2L),
                List.of(new StudySpec.Source("a", "/data/a", false, 0.1, null, null, 0.5)),
                List.of(new StudySpec.EvaluationSet("on-a", "/data/a")));
        assertEquals(spec.toJson(), StudySpec.fromJson(spec.toJson()).toJson());
    }
}
