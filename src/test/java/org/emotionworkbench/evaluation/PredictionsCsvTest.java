package org.emotionworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionsCsvTest {

    private static final float[] PROBS = {0.01f, 0.0f, 0.02f, 0.9f, 0.03f, 0.02f, 0.02f};
    private static final float[] AWKWARD = {1.0E-7f, 0.1f, 0.3333333f, 0.2f, 0.0f, 0.3666666f, 1.0f / 3};

    private static List<Prediction> sample() {
        return List.of(
                Prediction.of("faces/a.png", Emotion.HAPPY, Emotion.HAPPY, PROBS),
                Prediction.of("faces/x,\"y\".png", null, Emotion.SAD, AWKWARD),
                Prediction.of("faces/line\nbreak.png", Emotion.DISGUST, Emotion.ANGRY, PROBS));
    }

    @Test
    void headerListsFileTruePredictedAndOneProbabilityPerEmotion() {
        assertEquals("file,true,predicted,p_angry,p_disgust,p_fear,p_happy,p_neutral,p_sad,p_surprise\n",
                PredictionsCsv.toCsv(List.of()));
    }

    @Test
    void pathsWithCommasAndQuotesAreQuotedAndUnknownTruthIsEmpty() {
        String csv = PredictionsCsv.toCsv(sample());
        String[] lines = csv.split("\n");
        assertEquals("faces/a.png,happy,happy,0.01,0.0,0.02,0.9,0.03,0.02,0.02", lines[1]);
        assertEquals("\"faces/x,\"\"y\"\".png\",,sad,1.0E-7,0.1,0.3333333,0.2,0.0,0.3666666,0.33333334", lines[2]);
    }

    @Test
    void roundTripsPathsWithCommaQuoteAndNewlineAndExactProbabilities() {
        List<Prediction> back = PredictionsCsv.fromCsv(PredictionsCsv.toCsv(sample()));
        assertEquals(sample(), back);
        assertEquals("faces/x,\"y\".png", back.get(1).file());
        assertNull(back.get(1).trueLabel());
        assertEquals(1.0f / 3, back.get(1).probability(Emotion.SURPRISE));
    }

    @Test
    void writesAndReadsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run/predictions.csv");
        PredictionsCsv.write(file, sample());
        assertEquals(sample(), PredictionsCsv.read(file));
    }

    @Test
    void readingRejectsWrongHeaderUnknownEmotionAndMissingFields() {
        String header = String.join(",", PredictionsCsv.HEADER) + "\n";
        assertThrows(IllegalArgumentException.class, () -> PredictionsCsv.fromCsv("file,true,pred\n"));
        assertThrows(IllegalArgumentException.class,
                () -> PredictionsCsv.fromCsv(header + "a.png,happy,contempt,0,0,0,1,0,0,0\n"));
        assertThrows(IllegalArgumentException.class, () -> PredictionsCsv.fromCsv(header + "a.png,happy,happy,0,0\n"));
        assertThrows(IllegalArgumentException.class,
                () -> PredictionsCsv.fromCsv(header + "a.png,happy,happy,0,0,0,x,0,0,0\n"));
        assertThrows(IllegalArgumentException.class,
                () -> PredictionsCsv.fromCsv(header + "\"a.png,happy,happy,0,0,0,1,0,0,0\n"));
    }

    @Test
    void predictionRequiresSevenProbabilitiesInRange() {
        assertThrows(IllegalArgumentException.class,
                () -> Prediction.of("a.png", null, Emotion.SAD, new float[6]));
        assertThrows(IllegalArgumentException.class,
                () -> Prediction.of("a.png", null, Emotion.SAD, new float[] {Float.NaN, 0, 0, 0, 0, 0, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> Prediction.of("a.png", null, null, PROBS));
    }

    @Test
    void probabilitiesAreCopiedDefensively() {
        float[] probs = PROBS.clone();
        Prediction p = Prediction.of("a.png", null, Emotion.HAPPY, probs);
        probs[3] = 0f;
        p.probabilities()[3] = 0f;
        assertEquals(0.9f, p.probability(Emotion.HAPPY));
    }
}
