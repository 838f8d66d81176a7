package org.emotionworkbench.model;

/**
 * The shape of one example's activations: a feature map (height × width × channels) or, when {@code flat},
 * a vector of {@code channels} values (height = width = 1).
 */
public record TensorShape(int height, int width, int channels, boolean flat) {
    public TensorShape {
        if (height < 1 || width < 1 || channels < 1) {
            throw new IllegalArgumentException("every dimension must be at least 1: " + height + "×" + width + "×" + channels);
        }
        if (flat && (height != 1 || width != 1)) {
            throw new IllegalArgumentException("a flat shape has height and width 1");
        }
    }

    public static TensorShape map(int height, int width, int channels) {
        return new TensorShape(height, width, channels, false);
    }

    public static TensorShape vector(int length) {
        return new TensorShape(1, 1, length, true);
    }

    public long size() {
        return (long) height * width * channels;
    }

    /** Keras-like text: {@code (None, 48, 48, 32)} or {@code (None, 256)}. */
    @Override
    public String toString() {
        return flat ? "(None, " + channels + ")" : "(None, " + height + ", " + width + ", " + channels + ")";
    }
}
