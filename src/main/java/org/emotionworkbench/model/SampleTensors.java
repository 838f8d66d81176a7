package org.emotionworkbench.model;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Sample;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/** Converts samples to the network's NCHW input ([n, 1, 48, 48]) and one-hot labels ([n, 7]). */
public final class SampleTensors {
    private SampleTensors() {
    }

    /** Copies samples [from, to) into a heap buffer laid out as the network input. */
    public static void fillFeatures(List<Sample> samples, int from, int to, float[] into) {
        for (int i = from; i < to; i++) {
            System.arraycopy(samples.get(i).pixels(), 0, into, (i - from) * ImageGeometry.PIXELS, ImageGeometry.PIXELS);
        }
    }

    public static void fillOneHot(Emotion label, float[] into, int row) {
        int base = row * Emotion.COUNT;
        java.util.Arrays.fill(into, base, base + Emotion.COUNT, 0f);
        into[base + label.ordinal()] = 1f;
    }

    public static INDArray features(List<Sample> samples, int from, int to) {
        float[] buf = new float[(to - from) * ImageGeometry.PIXELS];
        fillFeatures(samples, from, to, buf);
        return Nd4j.create(buf, new long[]{to - from, 1, ImageGeometry.SIDE, ImageGeometry.SIDE}, DataType.FLOAT);
    }

    public static INDArray features(float[] pixels) {
        return Nd4j.create(pixels.clone(), new long[]{1, 1, ImageGeometry.SIDE, ImageGeometry.SIDE}, DataType.FLOAT);
    }

    public static INDArray emptyFeatures(int n) {
        return Nd4j.create(DataType.FLOAT, n, 1, ImageGeometry.SIDE, ImageGeometry.SIDE);
    }

    public static INDArray emptyLabels(int n) {
        return Nd4j.create(DataType.FLOAT, n, Emotion.COUNT);
    }
}
