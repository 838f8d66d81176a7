package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Resampler;

import java.util.Collection;

/** The arithmetic shared by the heatmap methods: weighted channel sums, bilinear upsampling, normalisation. */
public final class HeatmapMath {
    private HeatmapMath() {
    }

    /**
     * ReLU(Σ_k weights[k]·A_k) for one image whose activations are laid out [channels][h][w] starting at
     * {@code offset} in {@code activations}.
     */
    public static float[] weightedReluSum(float[] activations, int offset, int channels, int h, int w, double[] weights) {
        int plane = h * w;
        double[] sum = new double[plane];
        for (int k = 0; k < channels; k++) {
            double wk = weights[k];
            if (wk == 0) {
                continue;
            }
            int base = offset + k * plane;
            for (int p = 0; p < plane; p++) {
                sum[p] += wk * activations[base + p];
            }
        }
        float[] out = new float[plane];
        for (int p = 0; p < plane; p++) {
            out[p] = (float) Math.max(0, sum[p]);
        }
        return out;
    }

    /**
     * Bilinear resize of an h×w map to outH×outW with pixel centres aligned (OpenCV's INTER_LINEAR, PyTorch's
     * align_corners=false); edges are clamped.
     */
    public static float[] upsampleBilinear(float[] src, int h, int w, int outH, int outW) {
        float[] out = new float[outH * outW];
        double sy = (double) h / outH;
        double sx = (double) w / outW;
        for (int y = 0; y < outH; y++) {
            double fy = Math.max(0, (y + 0.5) * sy - 0.5);
            int y0 = Math.min((int) fy, h - 1);
            int y1 = Math.min(y0 + 1, h - 1);
            double dy = Math.min(1, fy - y0);
            for (int x = 0; x < outW; x++) {
                double fx = Math.max(0, (x + 0.5) * sx - 0.5);
                int x0 = Math.min((int) fx, w - 1);
                int x1 = Math.min(x0 + 1, w - 1);
                double dx = Math.min(1, fx - x0);
                double top = src[y0 * w + x0] * (1 - dx) + src[y0 * w + x1] * dx;
                double bottom = src[y1 * w + x0] * (1 - dx) + src[y1 * w + x1] * dx;
                out[y * outW + x] = (float) (top * (1 - dy) + bottom * dy);
            }
        }
        return out;
    }

    /** Min-max scaling to [0,1]; a constant map (e.g. all zero after the ReLU) becomes all zeros. */
    public static float[] normalise(float[] values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("cannot normalise a map holding " + v);
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float[] out = new float[values.length];
        float range = max - min;
        if (!(range > 0)) {
            return out;
        }
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.min(1f, Math.max(0f, (values[i] - min) / range));
        }
        return out;
    }

    /** The heatmap of a raw h×w class-activation map of a 48×48-input model: upsampled to 48×48, then normalised. */
    public static Heatmap toHeatmap(float[] cam, int h, int w) {
        return new Heatmap(toFace(cam, h, w, ImageGeometry.SIDE, ImageGeometry.SIDE));
    }

    /**
     * A raw h×w map of a model whose input is {@code inputH×inputW} as a 48×48 map of the face the user sees, in
     * [0,1]: upsampled bilinearly to the model's input and normalised, then (when the input is not 48×48) resized to
     * the face as the face was resized to the input ({@link Resampler}: area-averaged when shrinking) and normalised
     * again. The face is resized to the whole input (no crop), so input and face cover the same area.
     */
    public static float[] toFace(float[] map, int h, int w, int inputH, int inputW) {
        float[] atInput = normalise(upsampleBilinear(map, h, w, inputH, inputW));
        if (inputH == ImageGeometry.SIDE && inputW == ImageGeometry.SIDE) {
            return atInput;
        }
        return normalise(Resampler.resize(atInput, inputW, inputH, ImageGeometry.SIDE, ImageGeometry.SIDE));
    }

    /** Pixel-wise mean of heatmaps; throws on an empty collection. */
    public static Heatmap mean(Collection<Heatmap> heatmaps) {
        if (heatmaps.isEmpty()) {
            throw new IllegalArgumentException("no heatmaps to average");
        }
        double[] sum = new double[ImageGeometry.PIXELS];
        for (Heatmap h : heatmaps) {
            float[] v = h.values();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        float[] out = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = (float) Math.min(1.0, sum[i] / heatmaps.size());
        }
        return new Heatmap(out);
    }
}
