package org.emotionworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model trained on the five synthetic classes, evaluated on the seven-class sample data. */
class EvaluateClassesCliTest {
    @TempDir
    static Path tmp;
    static Path run;

    private static CliEndToEndTest.Result cli(String... args) {
        return CliEndToEndTest.cli(args);
    }

    @BeforeAll
    static void trainTinyOnFiveClasses() {
        Path five = tmp.resolve("five.json");
        CliEndToEndTest.Result m = cli("dataset", "manifest", "--data", "sample-data", "--classes", "angry,happy,neutral,sad,surprise",
                "--out", five.toString());
        assertEquals(0, m.code(), m.err());
        run = tmp.resolve("run5");
        CliEndToEndTest.Result t = cli("train", "--train", five.toString(), "--model", "tiny", "--epochs", "1", "--seed", "1",
                "--out", run.toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, t.code(), t.err());
    }

    @Test
    void allClassesIsTheDefaultAndSuggestsSharedWhenTheClassesDiffer() throws Exception {
        Path out = tmp.resolve("all");
        CliEndToEndTest.Result r = cli("evaluate", "--run", run.toString(), "--data", "sample-data", "--out", out.toString(),
                "--cache-dir", tmp.resolve("cache").toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("note: the model was trained on angry, happy, neutral, sad, surprise and the test "
                + "set holds angry, disgust, fear, happy, neutral, sad, surprise; --classes shared scores only the "
                + "classes both have\n"), r.out());
        assertEquals(140, ClassificationReport.fromJson(Files.readString(out.resolve("report.json"))).totalSupport());
        assertFalse(Files.readString(out.resolve("report.json")).contains("evaluated classes"));
    }

    @Test
    void sharedClassesScoreTheFiveTrainedClassesOnly() throws Exception {
        Path out = tmp.resolve("shared");
        CliEndToEndTest.Result r = cli("evaluate", "--run", run.toString(), "--data", "sample-data", "--classes", "shared",
                "--out", out.toString(), "--cache-dir", tmp.resolve("cache").toString());

        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("note:"), r.out());
        String json = Files.readString(out.resolve("report.json"));
        ClassificationReport report = ClassificationReport.fromJson(json);
        assertEquals(List.of("angry", "happy", "neutral", "sad", "surprise"), report.classNames());
        assertEquals(100, report.totalSupport());
        assertTrue(json.contains("\"test images left out\" : 40"), json);
        assertTrue(r.out().contains("classes: shared only, angry, happy, neutral, sad, surprise (the model was trained on "
                + "angry, happy, neutral, sad, surprise; 40 test image(s) of disgust, fear left out;"), r.out());
        assertTrue(PredictionsCsv.read(out.resolve("predictions.csv")).stream()
                .allMatch(p -> report.classNames().contains(p.predicted().label())));
    }

    @Test
    void anUnknownClassesChoiceIsOneClearLine() {
        CliEndToEndTest.Result r = cli("evaluate", "--run", run.toString(), "--data", "sample-data", "--classes", "some",
                "--out", tmp.resolve("x").toString());

        assertEquals(2, r.code(), r.err());
        assertEquals("error: classes must be all or shared, got 'some'", r.err().strip());
    }
}
