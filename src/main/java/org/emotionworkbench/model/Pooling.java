package org.emotionworkbench.model;

/** Shape rules shared by max and average pooling (Keras default: valid padding, stride = pool size). */
final class Pooling {
    private Pooling() {
    }

    static TensorShape outputShape(String layer, int pool, int stride, TensorShape in) {
        if (in.flat()) {
            throw new IllegalArgumentException(layer + " needs a feature map, but its input is flat " + in);
        }
        if (in.height() < pool || in.width() < pool) {
            throw new IllegalArgumentException("cannot pool a " + in.height() + "×" + in.width() + " map with a "
                    + pool + "×" + pool + " window; remove this pooling layer or a pooling layer before it");
        }
        return TensorShape.map((in.height() - pool) / stride + 1, (in.width() - pool) / stride + 1, in.channels());
    }
}
