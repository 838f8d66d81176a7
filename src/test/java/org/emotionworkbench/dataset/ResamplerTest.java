package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResamplerTest {
    @Test
    void twoByTwoBlocksAverageExactly() {
        int n = 96;
        float[] src = new float[n * n];
        float[] expected = new float[48 * 48];
        for (int by = 0; by < 48; by++) {
            for (int bx = 0; bx < 48; bx++) {
                // four different values per block; their mean is representable exactly
                float a = ((bx * 7 + by * 13) % 64) / 64f;
                float[] q = {a, a + 1 / 128f, a + 2 / 128f, a + 3 / 128f};
                src[(2 * by) * n + 2 * bx] = q[0];
                src[(2 * by) * n + 2 * bx + 1] = q[1];
                src[(2 * by + 1) * n + 2 * bx] = q[2];
                src[(2 * by + 1) * n + 2 * bx + 1] = q[3];
                expected[by * 48 + bx] = a + 3 / 256f;
            }
        }
        assertArrayEquals(expected, Resampler.resize(src, n, n, 48, 48));
    }

    @Test
    void nonIntegerRatioUsesFractionalCoverage() {
        // 3 -> 2: cell 0 = p0 + p1/2 over 1.5, cell 1 = p1/2 + p2 over 1.5
        float[] out = Resampler.resize(new float[] {0f, 0.3f, 0.9f}, 3, 1, 2, 1);
        assertEquals((0f + 0.15) / 1.5, out[0], 1e-7);
        assertEquals((0.15 + 0.9) / 1.5, out[1], 1e-7);
    }

    @Test
    void constantImageStaysConstant() {
        for (int[] size : new int[][] {{100, 70}, {1000, 7}, {49, 49}, {1, 1}, {13, 200}}) {
            float[] src = new float[size[0] * size[1]];
            java.util.Arrays.fill(src, 0.37f);
            float[] out = Resampler.resize(src, size[0], size[1], 48, 48);
            for (float v : out) {
                assertEquals(0.37f, v, size[0] + "x" + size[1]);
            }
        }
    }

    @Test
    void enlargingIsBilinear() {
        // 2 -> 4: centres at -0.25, 0.25, 0.75, 1.25 -> clamp, 0.25 and 0.75 blends, clamp
        float[] out = Resampler.resize(new float[] {0f, 1f}, 2, 1, 4, 1);
        assertArrayEquals(new float[] {0f, 0.25f, 0.75f, 1f}, out, 1e-7f);
    }

    @Test
    void rejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> Resampler.resize(new float[4], 2, 2, 0, 48));
        assertThrows(IllegalArgumentException.class, () -> Resampler.resize(new float[3], 2, 2, 48, 48));
    }

    @Test
    void theTransposeIsTheAdjointOfTheResize() {
        // <resize(x), y> = <x, resizeTranspose(y)> for growing (bilinear), shrinking (area) and mixed axes
        java.util.Random rng = new java.util.Random(4);
        int[][] sizes = {{48, 48, 64, 64}, {48, 48, 30, 20}, {48, 48, 100, 36}};
        for (int[] sz : sizes) {
            float[] x = new float[sz[0] * sz[1]];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextFloat();
            }
            float[] y = new float[sz[2] * sz[3]];
            for (int i = 0; i < y.length; i++) {
                y[i] = (float) rng.nextGaussian();
            }
            float[] rx = Resampler.resize(x, sz[0], sz[1], sz[2], sz[3]);
            float[] ty = Resampler.resizeTranspose(y, sz[0], sz[1], sz[2], sz[3]);
            double left = 0;
            double right = 0;
            for (int i = 0; i < y.length; i++) {
                left += (double) rx[i] * y[i];
            }
            for (int i = 0; i < x.length; i++) {
                right += (double) x[i] * ty[i];
            }
            assertEquals(left, right, 1e-4 * Math.max(1, Math.abs(left)), java.util.Arrays.toString(sz));
        }
        assertThrows(IllegalArgumentException.class, () -> Resampler.resizeTranspose(new float[3], 2, 2, 2, 2));
    }
}
