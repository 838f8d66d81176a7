package org.emotionworkbench.dataset.duplicates;

import org.emotionworkbench.dataset.ImageGeometry;

/**
 * A 64-bit difference hash (dHash) of a 48×48 gray image: area-average to 9×8, then one bit per horizontally
 * adjacent pair (left brighter than right). Robust to re-encoding, small brightness shifts and rescaling; images a few
 * bits apart (Hamming distance) look alike.
 */
public final class PerceptualHash {
    private PerceptualHash() {
    }

    public static long of(float[] pixels) {
        if (pixels.length != ImageGeometry.PIXELS) {
            throw new IllegalArgumentException("expected " + ImageGeometry.PIXELS + " pixels, got " + pixels.length);
        }
        int side = ImageGeometry.SIDE;
        double[][] cell = new double[8][9];
        for (int y = 0; y < side; y++) {
            int cy = y * 8 / side;
            for (int x = 0; x < side; x++) {
                int cx = x * 9 / side;
                cell[cy][cx] += pixels[y * side + x];
            }
        }
        // cells differ slightly in area (48/9 is not whole); normalise by pixel count per cell
        int[] w = new int[9];
        for (int x = 0; x < side; x++) {
            w[x * 9 / side]++;
        }
        long h = 0;
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                h <<= 1;
                if (cell[r][c] / w[c] > cell[r][c + 1] / w[c + 1]) {
                    h |= 1;
                }
            }
        }
        return h;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
