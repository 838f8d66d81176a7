package org.emotionworkbench.run;

import static org.emotionworkbench.dataset.Emotion.ANGRY;
import static org.emotionworkbench.dataset.Emotion.DISGUST;
import static org.emotionworkbench.dataset.Emotion.FEAR;
import static org.emotionworkbench.dataset.Emotion.HAPPY;
import static org.emotionworkbench.dataset.Emotion.NEUTRAL;
import static org.emotionworkbench.dataset.Emotion.SAD;
import static org.emotionworkbench.dataset.Emotion.SURPRISE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.evaluation.ClassSubset;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.evaluation.MetricRow;
import org.emotionworkbench.evaluation.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model trained on the five synthetic classes, scored on a seven-class test set, with hand-built probabilities. */
class SharedClassesScoringTest {
    private static final List<Emotion> FIVE = List.of(ANGRY, HAPPY, NEUTRAL, SAD, SURPRISE);

    private final List<Sample> samples = new ArrayList<>();
    private final List<float[]> probabilities = new ArrayList<>();

    @TempDir
    Path tmp;

    /** Probabilities in canonical order: angry, disgust, fear, happy, neutral, sad, surprise. */
    private void face(Emotion truth, float... p) {
        samples.add(new Sample("f" + samples.size() + ".png", truth, new float[ImageGeometry.PIXELS]));
        probabilities.add(p);
    }

    SharedClassesScoringTest() {
        face(ANGRY, .5f, .3f, 0, .2f, 0, 0, 0);      // angry either way
        face(ANGRY, .1f, 0, .6f, .3f, 0, 0, 0);      // all: fear; shared: happy
        face(HAPPY, 0, 0, 0, .9f, .1f, 0, 0);        // happy
        face(DISGUST, 0, .8f, 0, .2f, 0, 0, 0);      // left out when shared
        face(FEAR, 0, 0, .7f, 0, 0, .3f, 0);         // left out when shared
        face(SAD, 0, .7f, 0, 0, .2f, .1f, 0);        // all: disgust; shared: neutral
        face(NEUTRAL, 0, 0, 0, 0, .8f, .2f, 0);      // neutral
        face(SURPRISE, 0, 0, .5f, 0, 0, .1f, .4f);   // all: fear; shared: surprise
    }

    private RunEvaluation.Result score(EvaluationClasses mode) {
        return RunEvaluation.score(samples, probabilities.toArray(float[][]::new),
                ClassSubset.of(mode, FIVE, List.of(Emotion.values())));
    }

    private static void assertRow(ClassificationReport r, Emotion e, double p, double rec, double f1, int support) {
        MetricRow row = r.forClass(e);
        assertEquals(p, row.precision(), 1e-12, e + " precision");
        assertEquals(rec, row.recall(), 1e-12, e + " recall");
        assertEquals(f1, row.f1Score(), 1e-12, e + " f1");
        assertEquals(support, row.support(), e + " support");
    }

    @Test
    void sharedClassesScoreOnlyTheModelsClassesWithPredictionsAmongThem() {
        RunEvaluation.Result r = score(EvaluationClasses.SHARED);

        ClassificationReport report = r.report();
        assertEquals(List.of("angry", "happy", "neutral", "sad", "surprise"), report.classNames());
        assertRow(report, ANGRY, 1.0, 0.5, 2.0 / 3, 2);
        assertRow(report, HAPPY, 0.5, 1.0, 2.0 / 3, 1);
        assertRow(report, NEUTRAL, 0.5, 1.0, 2.0 / 3, 1);
        assertRow(report, SAD, 0.0, 0.0, 0.0, 1);
        assertRow(report, SURPRISE, 1.0, 1.0, 1.0, 1);
        assertEquals(4.0 / 6, report.accuracy(), 1e-12);
        assertEquals(3.0 / 5, report.macroF1(), 1e-12);
        assertEquals(6, report.totalSupport());
        assertEquals(2, r.imagesLeftOut());
        assertEquals(List.of(ANGRY, HAPPY, HAPPY, NEUTRAL, NEUTRAL, SURPRISE),
                r.predictions().stream().map(Prediction::predicted).toList());
        assertArrayEquals(new float[]{.25f, 0, 0, .75f, 0, 0, 0}, r.predictions().get(1).probabilities(), 1e-6f);
        assertEquals(0, r.confusion().count(DISGUST.ordinal(), DISGUST.ordinal()) + r.confusion().predictedCount(FEAR.ordinal()));
    }

    @Test
    void allClassesKeepEveryImageAndTheArgmaxOverSeven() {
        RunEvaluation.Result r = score(EvaluationClasses.ALL);

        assertEquals(8, r.report().totalSupport());
        assertEquals(0, r.imagesLeftOut());
        assertEquals(List.of(ANGRY, FEAR, HAPPY, DISGUST, FEAR, DISGUST, NEUTRAL, FEAR),
                r.predictions().stream().map(Prediction::predicted).toList());
        assertEquals(List.of("angry", "disgust", "fear", "happy", "neutral", "sad", "surprise"), r.report().classNames());
        assertEquals(5.0 / 8, r.report().accuracy(), 1e-12);
        assertArrayEquals(probabilities.get(1), r.predictions().get(1).probabilities());
    }

    @Test
    void theWrittenReportSaysWhichClassesWereScored() throws Exception {
        RunEvaluation.Result r = score(EvaluationClasses.SHARED);
        RunFolder out = RunFolder.createNew(tmp.resolve("eval"), false);

        RunEvaluation.write(r, out);

        String json = Files.readString(out.file(RunFolder.REPORT_JSON));
        assertTrue(json.contains("\"evaluated classes\" : {\n    \"mode\" : \"shared\",\n    \"classes\" : [ \"angry\", "
                + "\"happy\", \"neutral\", \"sad\", \"surprise\" ]"), json);
        assertTrue(json.contains("\"test images left out\" : 2"), json);
        assertEquals(r.report(), ClassificationReport.fromJson(json));
        String text = Files.readString(out.file(RunFolder.REPORT_TXT));
        assertTrue(text.startsWith(r.report().toText()), text);
        assertTrue(text.endsWith("\nclasses: shared only, angry, happy, neutral, sad, surprise (the model was trained on "
                + "angry, happy, neutral, sad, surprise; 2 test image(s) of disgust, fear left out; predictions are the "
                + "most probable of the shared classes)\n"), text);
    }

    @Test
    void allClassesWriteSklearnsReportUnchanged() throws Exception {
        RunEvaluation.Result r = score(EvaluationClasses.ALL);
        RunFolder out = RunFolder.createNew(tmp.resolve("eval"), false);

        RunEvaluation.write(r, out);

        assertEquals(r.report().toJson(), Files.readString(out.file(RunFolder.REPORT_JSON)));
        assertEquals(r.report().toText(), Files.readString(out.file(RunFolder.REPORT_TXT)));
    }
}
