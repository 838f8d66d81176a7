package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassWeightsTest {

    @Test
    void matchesSklearnBalancedWeightsOnFer2013TrainCounts() {
        int[] fer = {3995, 436, 4097, 7215, 4965, 4830, 3171}; // 28709 samples
        double[] w = ClassWeights.balanced(fer);
        assertEquals(28709.0 / (7 * 436), w[Emotion.DISGUST.ordinal()], 1e-12);
        assertEquals(9.4066, w[Emotion.DISGUST.ordinal()], 1e-4);
        assertEquals(1.0266, w[Emotion.ANGRY.ordinal()], 1e-4);
        assertEquals(0.5684, w[Emotion.HAPPY.ordinal()], 1e-4);
        double weighted = 0;
        for (int i = 0; i < fer.length; i++) {
            weighted += w[i] * fer[i];
        }
        assertEquals(28709, weighted, 1e-6);
    }

    @Test
    void countsOnlyPresentClassesAndGivesAbsentOnesZero() {
        double[] w = ClassWeights.balanced(new int[] {10, 0, 30});
        assertArrayEquals(new double[] {40.0 / 20, 0, 40.0 / 60}, w, 1e-12);
    }

    @Test
    void rejectsNegativeOrAllZeroCounts() {
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.balanced(new int[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.balanced(new int[] {0, 0}));
    }
}
