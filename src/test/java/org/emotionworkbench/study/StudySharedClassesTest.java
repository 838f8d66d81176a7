package org.emotionworkbench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An evaluation set that says {@code "classes": "shared"}. */
class StudySharedClassesTest {
    private static final String SPEC = """
            {"name": "x", "model": "tiny", "training": {"maxEpochs": 1, "batchSize": 8, "learningRate": 0.001},
             "seeds": [1], "sources": [{"name": "five", "data": "five"}],
             "evaluations": [%s]}""";

    @TempDir
    Path tmp;

    private StudySpec read(String evaluations) throws Exception {
        Path f = tmp.resolve("spec.json");
        Files.writeString(f, SPEC.formatted(evaluations));
        return StudySpec.read(f);
    }

    @Test
    void anEvaluationSetMaySayClassesSharedAndSpecsWithoutItKeepTheirJson() throws Exception {
        StudySpec shared = read("{\"name\": \"fer\", \"data\": \"fer\", \"classes\": \"shared\"}");
        StudySpec plain = read("{\"name\": \"fer\", \"data\": \"fer\"}");

        assertEquals(EvaluationClasses.SHARED, shared.evaluations().get(0).classes());
        assertTrue(shared.toJson().contains("\"classes\" : \"shared\""), shared.toJson());
        assertNull(plain.evaluations().get(0).classes());
        assertFalse(plain.toJson().contains("\"classes\" : \""), plain.toJson());
        assertEquals(plain.toJson(), new StudySpec(plain.name(), plain.model(), plain.training(), plain.seeds(),
                plain.sources(), List.of(new StudySpec.EvaluationSet("fer", plain.evaluations().get(0).data())),
                plain.robustness()).toJson());
    }

    @Test
    void anUnknownClassesValueNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("{\"name\": \"fer\", \"data\": \"fer\", \"classes\": \"some\"}"));

        assertTrue(e.getMessage().contains("classes must be all or shared, got 'some'"), e.getMessage());
    }

    @Test
    void aModelTrainedOnFiveClassesIsScoredOnTheSharedFiveOfASevenClassSet() throws Exception {
        Path five = tmp.resolve("five");
        Path seven = tmp.resolve("seven");
        SampleDataGenerator.generate(five, 12, 4, 1);
        SampleDataGenerator.generate(seven, 4, 6, 2);
        for (String gone : List.of("train/disgust", "train/fear", "test/disgust", "test/fear")) {
            try (Stream<Path> s = Files.walk(five.resolve(gone))) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        StudySpec spec = new StudySpec("shared", Presets.get("tiny"), TrainingOptions.of(1, 16, 3e-3, 0), List.of(1L),
                List.of(new StudySpec.Source("five", five.toString(), false, null, null, null)),
                List.of(new StudySpec.EvaluationSet("seven-shared", seven.toString(), EvaluationClasses.SHARED),
                        new StudySpec.EvaluationSet("seven-all", seven.toString())),
                new StudySpec.Robustness(List.of(), 0));
        Path out = tmp.resolve("study");

        assertTrue(new StudyRunner(LoadOptions.defaults().withCacheDir(tmp.resolve("cache")), new RunProgress() {
        }, List.of(), new TrainingControl()).run(spec, out));

        StudyLayout layout = new StudyLayout(out);
        String shared = Files.readString(layout.evaluation("five", 1, "seven-shared").resolve(RunFolder.REPORT_JSON));
        assertEquals(List.of("angry", "happy", "neutral", "sad", "surprise"),
                ClassificationReport.fromJson(shared).classNames());
        assertEquals(30, ClassificationReport.fromJson(shared).totalSupport());
        assertTrue(shared.contains("\"test images left out\" : 12"), shared);
        String all = Files.readString(layout.evaluation("five", 1, "seven-all").resolve(RunFolder.REPORT_JSON));
        assertEquals(42, ClassificationReport.fromJson(all).totalSupport());
        assertEquals(30, StudySummary.of(spec, out, 50, 1).cell("five", "seven-shared").images());
    }
}
