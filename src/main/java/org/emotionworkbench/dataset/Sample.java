package org.emotionworkbench.dataset;

import java.util.Objects;

/**
 * One preprocessed face: its source (a file path or another stable identifier), its class and its
 * {@link ImageGeometry#SIDE}×{@link ImageGeometry#SIDE} luminance pixels, row-major, in [0,1].
 */
public record Sample(String source, Emotion label, float[] pixels) {
    public Sample {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != ImageGeometry.PIXELS) {
            throw new IllegalArgumentException("a sample has " + ImageGeometry.PIXELS + " pixels, got " + pixels.length);
        }
    }

    /** The same face with other pixels (an augmented copy), keeping source and label. */
    public Sample withPixels(float[] newPixels) {
        return new Sample(source, label, newPixels);
    }
}
