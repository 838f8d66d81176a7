package org.emotionworkbench.evaluation;

import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfusionCellsTest {
    private static Prediction p(String file, Emotion truth, Emotion predicted, float confidence) {
        float[] probs = new float[Emotion.COUNT];
        probs[predicted.ordinal()] = confidence;
        probs[truth.ordinal()] += (1 - confidence) / 2;
        return Prediction.of(file, truth, predicted, probs);
    }

    @Test
    void cellsHoldTheirImagesMostConfidentFirst() {
        ConfusionCells cells = ConfusionCells.of(List.of(
                p("a", Emotion.SAD, Emotion.NEUTRAL, 0.5f),
                p("b", Emotion.SAD, Emotion.NEUTRAL, 0.9f),
                p("c", Emotion.SAD, Emotion.SAD, 0.8f),
                p("d", Emotion.NEUTRAL, Emotion.SAD, 0.7f),
                p("e", Emotion.SAD, Emotion.NEUTRAL, 0.7f),
                Prediction.of("unknown", null, Emotion.NEUTRAL, new float[]{0, 0, 0, 0, 1, 0, 0})));
        assertEquals(List.of("b", "e", "a"), cells.cell(Emotion.SAD, Emotion.NEUTRAL).stream().map(Prediction::file).toList());
        assertEquals(1, cells.count(Emotion.NEUTRAL, Emotion.SAD));
        assertEquals(1, cells.count(Emotion.SAD, Emotion.SAD));
        assertEquals(0, cells.count(Emotion.NEUTRAL, Emotion.NEUTRAL), "predictions without a true label are left out");
    }
}
