package org.emotionworkbench.study;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTest {

    private static boolean[][] pairs(int both, int onlyA, int onlyB, int neither) {
        int n = both + onlyA + onlyB + neither;
        boolean[] a = new boolean[n];
        boolean[] b = new boolean[n];
        int i = 0;
        for (int k = 0; k < both; k++, i++) {
            a[i] = b[i] = true;
        }
        for (int k = 0; k < onlyA; k++, i++) {
            a[i] = true;
        }
        for (int k = 0; k < onlyB; k++, i++) {
            b[i] = true;
        }
        return new boolean[][]{a, b};
    }

    @Test
    void mcNemarUsesTheExactBinomialForFewDiscordantPairs() {
        boolean[][] ab = pairs(50, 10, 2, 5);
        McNemar t = McNemar.test(ab[0], ab[1]);
        assertTrue(t.exact());
        assertEquals(10, t.onlyA());
        assertEquals(2, t.onlyB());
        // two-sided: 2 · P(X ≤ 2), X ~ Bin(12, ½) = 2 · (1 + 12 + 66) / 4096
        assertEquals(2 * 79 / 4096.0, t.pValue(), 1e-12);
    }

    @Test
    void mcNemarUsesContinuityCorrectedChiSquareForManyDiscordantPairs() {
        boolean[][] ab = pairs(500, 30, 10, 60);
        McNemar t = McNemar.test(ab[0], ab[1]);
        assertFalse(t.exact());
        assertEquals(19.0 * 19.0 / 40.0, t.statistic(), 1e-12);
        // scipy.stats.chi2.sf(9.025, 1) = 0.0026636...
        assertEquals(0.0026636, t.pValue(), 1e-6);
    }

    @Test
    void veryDifferentModelsGetATinyButNonZeroPValue() {
        boolean[][] ab = pairs(1000, 1671, 1233, 100);
        McNemar t = McNemar.test(ab[0], ab[1]);
        // (|1671 − 1233| − 1)² / 2904 = 65.76; scipy.stats.chi2.sf(65.7617, 1) = 5.09e-16
        assertEquals(5.09e-16, t.pValue(), 0.05e-16);
    }

    @Test
    void identicalModelsAreNotSignificantlyDifferent() {
        boolean[][] ab = pairs(40, 0, 0, 10);
        assertEquals(1.0, McNemar.test(ab[0], ab[1]).pValue());
        assertThrows(IllegalArgumentException.class, () -> McNemar.test(new boolean[3], new boolean[4]));
    }

    @Test
    void bootstrapIntervalHoldsTheEstimateIsSeededAndNarrowsWithMoreImages() {
        Bootstrap.Metric accuracy = (t, p) -> {
            int c = 0;
            for (int i = 0; i < t.length; i++) {
                c += t[i] == p[i] ? 1 : 0;
            }
            return (double) c / t.length;
        };
        int[] truth = new int[200];
        int[] pred = new int[200];
        for (int i = 0; i < 200; i++) {
            truth[i] = i % 7;
            pred[i] = i % 10 < 7 ? truth[i] : (truth[i] + 1) % 7; // 70 % right
        }
        ConfidenceInterval ci = Bootstrap.interval(truth, pred, accuracy, 1000, 0.95, 5);
        assertEquals(0.70, ci.estimate(), 1e-12);
        assertTrue(ci.contains(0.70));
        // binomial standard error √(0.7·0.3/200) ≈ 0.032: a 95 % interval about ±0.064 wide
        assertEquals(0.064, (ci.upper() - ci.lower()) / 2, 0.015);
        assertEquals(ci, Bootstrap.interval(truth, pred, accuracy, 1000, 0.95, 5));

        int[] truth4 = Arrays.copyOf(truth, 800);
        int[] pred4 = Arrays.copyOf(pred, 800);
        for (int i = 200; i < 800; i++) {
            truth4[i] = truth[i % 200];
            pred4[i] = pred[i % 200];
        }
        ConfidenceInterval wide = ci;
        ConfidenceInterval narrow = Bootstrap.interval(truth4, pred4, accuracy, 1000, 0.95, 5);
        assertTrue(narrow.upper() - narrow.lower() < 0.7 * (wide.upper() - wide.lower()));
    }

    @Test
    void perfectlyConfidentCorrectPredictionsAreCalibrated() {
        float[][] probs = {{1, 0, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0, 0}};
        Calibration c = Calibration.of(probs, new int[]{0, 1}, 10);
        assertEquals(0.0, c.expectedCalibrationError(), 1e-12);
        assertEquals(2, c.bins().get(9).count());
    }

    @Test
    void overconfidentPredictionsHaveTheExpectedCalibrationError() {
        // four predictions at confidence 0.9, half of them right: |0.5 − 0.9| = 0.4
        float[] p = {0.9f, 0.1f, 0, 0, 0, 0, 0};
        float[][] probs = {p, p, p, p};
        Calibration c = Calibration.of(probs, new int[]{0, 0, 1, 1}, 10);
        assertEquals(0.4, c.expectedCalibrationError(), 1e-6);
        assertEquals(4, c.bins().get(9).count());
        assertEquals(0.5, c.bins().get(9).accuracy(), 1e-12);
    }
}
