package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.ImageGeometry;

import java.util.Locale;

/**
 * Where a model looked: one value per input pixel ({@link ImageGeometry#SIDE}×{@link ImageGeometry#SIDE},
 * row-major, row = y), each in [0,1]. Numbers only; drawing is {@code render.HeatmapRenderer}'s job.
 */
public record Heatmap(float[] values) {
    public static final int SIDE = ImageGeometry.SIDE;

    public Heatmap {
        if (values == null || values.length != ImageGeometry.PIXELS) {
            throw new IllegalArgumentException("a heatmap has " + ImageGeometry.PIXELS + " values, got "
                    + (values == null ? "null" : values.length));
        }
        for (float v : values) {
            if (!(v >= 0f && v <= 1f)) {
                throw new IllegalArgumentException("heatmap value out of [0,1]: " + v);
            }
        }
        values = values.clone();
    }

    /** A defensive copy. */
    @Override
    public float[] values() {
        return values.clone();
    }

    public float at(int x, int y) {
        return values[y * SIDE + x];
    }

    /** Index (y·SIDE + x) of the hottest pixel; the first one on ties. */
    public int peakIndex() {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    public int peakX() {
        return peakIndex() % SIDE;
    }

    public int peakY() {
        return peakIndex() / SIDE;
    }

    /** 48 lines of 48 comma-separated values, row = y, each line ending in {@code \n}. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(values.length * 8);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                if (x > 0) {
                    sb.append(',');
                }
                sb.append(String.format(Locale.ROOT, "%.6f", values[y * SIDE + x]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Heatmap h && java.util.Arrays.equals(values, h.values);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Heatmap[peak=(" + peakX() + "," + peakY() + ")]";
    }
}
