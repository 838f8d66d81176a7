package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Running per-class means of heatmaps and of the faces they were drawn on, for sets too large to keep every heatmap
 * (a FER2013 test set is 7,178 faces): the same figures as {@link MeanHeatmaps#perClass} over everything added,
 * grouped by the explained class. Not thread-safe.
 */
public final class MeanHeatmapAccumulator {
    /** The mean heatmap of one class over {@code count} faces, and their mean face to draw it on. */
    public record ClassMean(Emotion target, Heatmap heatmap, float[] meanFace, int count) {
        public ClassMean {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(heatmap, "heatmap");
            if (meanFace == null || meanFace.length != ImageGeometry.PIXELS) {
                throw new IllegalArgumentException("a mean face has " + ImageGeometry.PIXELS + " pixels");
            }
            if (count < 1) {
                throw new IllegalArgumentException("a mean needs at least one face");
            }
            meanFace = meanFace.clone();
        }

        @Override
        public float[] meanFace() {
            return meanFace.clone();
        }
    }

    private final double[][] heat = new double[Emotion.COUNT][];
    private final double[][] faces = new double[Emotion.COUNT][];
    private final int[] counts = new int[Emotion.COUNT];

    public void add(Emotion target, Heatmap heatmap, float[] face) {
        if (face.length != ImageGeometry.PIXELS) {
            throw new IllegalArgumentException("a face has " + ImageGeometry.PIXELS + " pixels, got " + face.length);
        }
        int c = target.ordinal();
        if (heat[c] == null) {
            heat[c] = new double[ImageGeometry.PIXELS];
            faces[c] = new double[ImageGeometry.PIXELS];
        }
        float[] v = heatmap.values();
        for (int i = 0; i < v.length; i++) {
            heat[c][i] += v[i];
            faces[c][i] += face[i];
        }
        counts[c]++;
    }

    public int count(Emotion target) {
        return counts[target.ordinal()];
    }

    /** One entry per class with at least one face, in class order. */
    public List<ClassMean> means() {
        List<ClassMean> out = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
            int c = e.ordinal();
            if (counts[c] == 0) {
                continue;
            }
            float[] h = new float[ImageGeometry.PIXELS];
            float[] f = new float[ImageGeometry.PIXELS];
            for (int i = 0; i < h.length; i++) {
                h[i] = (float) Math.min(1.0, heat[c][i] / counts[c]);
                f[i] = (float) Math.min(1.0, faces[c][i] / counts[c]);
            }
            out.add(new ClassMean(e, new Heatmap(h), f, counts[c]));
        }
        return out;
    }
}
