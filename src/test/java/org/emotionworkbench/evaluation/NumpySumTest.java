package org.emotionworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Expected values were produced by numpy 1.24.2 {@code np.array(a).sum()}. */
class NumpySumTest {

    private static double naive(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    private static double[] reciprocals(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 1.0 / (i + 3);
        }
        return a;
    }

    @Test
    void fewerThanEightValuesAreSummedSequentially() {
        assertEquals(1.328968253968254, NumpySum.sum(reciprocals(7)));
    }

    @Test
    void upTo128ValuesUseEightInterleavedAccumulatorsLikeNumpy() {
        double[] a = {0.08898595641281457, 0.7951935655656966, 0.2801160401742226, 0.2163248510456414,
                0.010291451332104034, 0.07894958707864502, 0.18125361974531015, 0.004371396529634068,
                0.13605035165817134, 0.08330412470986835, 0.15960421235803823, 0.012615219854445742};
        assertEquals(2.047060376464592, NumpySum.sum(a));
        assertNotEquals(naive(a), NumpySum.sum(a));
    }

    @Test
    void longArraysAreSplitPairwiseLikeNumpy() {
        double[] a = reciprocals(300);
        assertEquals(4.789297397713862, NumpySum.sum(a));
        assertNotEquals(naive(a), NumpySum.sum(a));
    }
}
