package org.emotionworkbench.dataset;

/**
 * Resizes a float luminance image, separably, one axis at a time. An axis that shrinks (or keeps its size) uses exact
 * area averaging: each output cell covers {@code srcLength/dstLength} source pixels and is their mean weighted by the
 * covered fraction of each. An axis that grows uses bilinear interpolation with pixel centres aligned
 * ({@code src = (dst + 0.5) * srcLength / dstLength - 0.5}, clamped at the edges). Sums are taken in double.
 */
public final class Resampler {
    private Resampler() {
    }

    /** Resizes {@code src} (row-major, {@code srcW×srcH}) to {@code dstW×dstH}, stretching if the aspect ratios differ. */
    public static float[] resize(float[] src, int srcW, int srcH, int dstW, int dstH) {
        if (srcW <= 0 || srcH <= 0 || dstW <= 0 || dstH <= 0) {
            throw new IllegalArgumentException("sizes must be positive: " + srcW + "x" + srcH + " -> " + dstW + "x" + dstH);
        }
        if (src.length != srcW * srcH) {
            throw new IllegalArgumentException("expected " + srcW * srcH + " pixels, got " + src.length);
        }
        if (srcW == dstW && srcH == dstH) {
            return src.clone();
        }
        AxisWeights wx = AxisWeights.of(srcW, dstW);
        AxisWeights wy = AxisWeights.of(srcH, dstH);
        // Horizontal pass: srcH rows of dstW values.
        double[] tmp = new double[dstW * srcH];
        for (int y = 0; y < srcH; y++) {
            int rowOff = y * srcW;
            int outOff = y * dstW;
            for (int ox = 0; ox < dstW; ox++) {
                int start = wx.start[ox];
                double[] w = wx.weights[ox];
                double sum = 0;
                for (int k = 0; k < w.length; k++) {
                    sum += w[k] * src[rowOff + start + k];
                }
                tmp[outOff + ox] = sum;
            }
        }
        // Vertical pass.
        float[] out = new float[dstW * dstH];
        double[] acc = new double[dstW];
        for (int oy = 0; oy < dstH; oy++) {
            java.util.Arrays.fill(acc, 0);
            int start = wy.start[oy];
            double[] w = wy.weights[oy];
            for (int k = 0; k < w.length; k++) {
                double wk = w[k];
                int off = (start + k) * dstW;
                for (int ox = 0; ox < dstW; ox++) {
                    acc[ox] += wk * tmp[off + ox];
                }
            }
            int outOff = oy * dstW;
            for (int ox = 0; ox < dstW; ox++) {
                double v = acc[ox];
                out[outOff + ox] = (float) (v < 0 ? 0 : (v > 1 ? 1 : v));
            }
        }
        return out;
    }

    /**
     * The transpose of {@link #resize} as a linear map (its clamping to [0, 1] left out): given d(something)/d(output)
     * for a {@code dstW×dstH} output, d(something)/d(source) for the {@code srcW×srcH} source. How a gradient at a
     * model's resized input is taken back to the 48×48 face.
     */
    public static float[] resizeTranspose(float[] gradient, int srcW, int srcH, int dstW, int dstH) {
        if (srcW <= 0 || srcH <= 0 || dstW <= 0 || dstH <= 0) {
            throw new IllegalArgumentException("sizes must be positive: " + srcW + "x" + srcH + " -> " + dstW + "x" + dstH);
        }
        if (gradient.length != dstW * dstH) {
            throw new IllegalArgumentException("expected " + dstW * dstH + " values, got " + gradient.length);
        }
        if (srcW == dstW && srcH == dstH) {
            return gradient.clone();
        }
        AxisWeights wx = AxisWeights.of(srcW, dstW);
        AxisWeights wy = AxisWeights.of(srcH, dstH);
        // transpose of the vertical pass: srcH rows of dstW values
        double[] tmp = new double[dstW * srcH];
        for (int oy = 0; oy < dstH; oy++) {
            int start = wy.start[oy];
            double[] w = wy.weights[oy];
            for (int k = 0; k < w.length; k++) {
                int off = (start + k) * dstW;
                for (int ox = 0; ox < dstW; ox++) {
                    tmp[off + ox] += w[k] * gradient[oy * dstW + ox];
                }
            }
        }
        // transpose of the horizontal pass
        float[] out = new float[srcW * srcH];
        for (int y = 0; y < srcH; y++) {
            double[] row = new double[srcW];
            for (int ox = 0; ox < dstW; ox++) {
                int start = wx.start[ox];
                double[] w = wx.weights[ox];
                double g = tmp[y * dstW + ox];
                for (int k = 0; k < w.length; k++) {
                    row[start + k] += w[k] * g;
                }
            }
            for (int x = 0; x < srcW; x++) {
                out[y * srcW + x] = (float) row[x];
            }
        }
        return out;
    }

    /** For each output index, the first source index it reads and the weights of consecutive source indices. */
    static final class AxisWeights {
        final int[] start;
        final double[][] weights;

        private AxisWeights(int[] start, double[][] weights) {
            this.start = start;
            this.weights = weights;
        }

        static AxisWeights of(int srcLen, int dstLen) {
            return srcLen >= dstLen ? area(srcLen, dstLen) : bilinear(srcLen, dstLen);
        }

        /**
         * Output cell i covers source interval [i*s/d, (i+1)*s/d). Using integer numerators (units of 1/d source pixel)
         * keeps the boundaries exact; weight of source pixel j = overlap length / cell length.
         */
        static AxisWeights area(int srcLen, int dstLen) {
            int[] start = new int[dstLen];
            double[][] weights = new double[dstLen][];
            long cell = srcLen; // cell length in units of 1/dstLen source pixels
            for (int i = 0; i < dstLen; i++) {
                long lo = (long) i * srcLen;        // in 1/dstLen units
                long hi = (long) (i + 1) * srcLen;
                int first = (int) (lo / dstLen);
                int last = (int) ((hi - 1) / dstLen); // inclusive
                double[] w = new double[last - first + 1];
                for (int j = first; j <= last; j++) {
                    long pLo = Math.max(lo, (long) j * dstLen);
                    long pHi = Math.min(hi, (long) (j + 1) * dstLen);
                    w[j - first] = (double) (pHi - pLo) / cell;
                }
                start[i] = first;
                weights[i] = w;
            }
            return new AxisWeights(start, weights);
        }

        static AxisWeights bilinear(int srcLen, int dstLen) {
            int[] start = new int[dstLen];
            double[][] weights = new double[dstLen][];
            double scale = (double) srcLen / dstLen;
            for (int i = 0; i < dstLen; i++) {
                double pos = (i + 0.5) * scale - 0.5;
                if (pos <= 0 || srcLen == 1) {
                    start[i] = 0;
                    weights[i] = new double[] {1.0};
                } else if (pos >= srcLen - 1) {
                    start[i] = srcLen - 1;
                    weights[i] = new double[] {1.0};
                } else {
                    int j = (int) Math.floor(pos);
                    double f = pos - j;
                    start[i] = j;
                    weights[i] = new double[] {1.0 - f, f};
                }
            }
            return new AxisWeights(start, weights);
        }
    }
}
