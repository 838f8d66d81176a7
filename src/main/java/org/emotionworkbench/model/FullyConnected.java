package org.emotionworkbench.model;

/** Shape and parameter rules shared by {@link Dense} and {@link Output}: a flat input, weights and biases. */
final class FullyConnected {
    private FullyConnected() {
    }

    static TensorShape outputShape(String layer, int units, TensorShape in) {
        if (!in.flat()) {
            throw new IllegalArgumentException(layer + " needs a flat input, but gets the feature map " + in
                    + "; add a Flatten before it");
        }
        return TensorShape.vector(units);
    }

    static long params(int units, TensorShape in) {
        return (long) in.channels() * units + units;
    }
}
