package org.emotionworkbench.explain;

/**
 * Two models' heatmaps of the same face and class, and their signed difference (A − B, in [−1, 1]): where the
 * first model looks more (positive) or less (negative) than the second.
 */
public record HeatmapComparison(Explanation a, Explanation b, float[] difference) {
    public HeatmapComparison {
        if (a.target() != b.target()) {
            throw new IllegalArgumentException("both heatmaps must explain the same class: " + a.target() + " vs " + b.target());
        }
        difference = difference.clone();
    }

    public static HeatmapComparison of(Explanation a, Explanation b) {
        float[] va = a.heatmap().values();
        float[] vb = b.heatmap().values();
        float[] d = new float[va.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = va[i] - vb[i];
        }
        return new HeatmapComparison(a, b, d);
    }

    @Override
    public float[] difference() {
        return difference.clone();
    }

    /** Mean absolute difference: 0 when both models look at the same places, up to 1. */
    public double meanAbsoluteDifference() {
        double s = 0;
        for (float v : difference) {
            s += Math.abs(v);
        }
        return s / difference.length;
    }
}
