package org.emotionworkbench.study;

import org.emotionworkbench.model.ModelAnalysis;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyEstimateTest {
    @Test
    void thePisaCnnCostsAboutTheMeasuredHalfGigaflopPerTrainedImage() {
        StudyEstimate e = StudyEstimate.of(Presets.get("pisa"), 1, 1, List.of(1), 0);
        // docs/BENCHMARKS.md: ≈ 0.45 GFLOP per trained image
        assertEquals(0.45e9, e.trainingFlopsPerImage(), 0.08e9);
        assertTrue(StudyEstimate.forwardFlops(ModelAnalysis.of(Presets.get("tiny")))
                < StudyEstimate.forwardFlops(ModelAnalysis.of(Presets.get("pisa"))) / 5);
    }

    @Test
    void aFer2013EpochOfPisaTakesRoughlyTheMeasuredTwoMinutes() {
        // one epoch of 22,967 training images measured 131 s with validation
        StudyEstimate e = StudyEstimate.of(Presets.get("pisa"), 1, 1, List.of(22_967), 0);
        assertTrue(e.seconds() > 90 && e.seconds() < 180, e.describe());
    }

    @Test
    void runsAreSourcesTimesSeedsAndTheTextSaysSo() {
        StudyEstimate e = StudyEstimate.of(Presets.get("tiny"), 12, 3, List.of(400, 400), 280);
        assertEquals(6, e.runs());
        assertTrue(e.describe().startsWith("6 runs, roughly "), e.describe());
    }
}
