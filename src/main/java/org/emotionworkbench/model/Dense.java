package org.emotionworkbench.model;

/** Fully connected layer (Keras {@code Dense}); needs a flat input. */
public record Dense(int units, Activation activation) implements LayerSpec {
    public Dense {
        LayerSpec.requirePositive("Dense units", units);
        activation = activation == null ? Activation.RELU : activation;
    }

    public static Dense of(int units) {
        return new Dense(units, Activation.RELU);
    }

    @Override
    public String baseName() {
        return "dense";
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        if (!in.flat()) {
            throw new IllegalArgumentException("Dense needs a flat input, but gets the feature map " + in
                    + "; add a Flatten before it");
        }
        return TensorShape.vector(units);
    }

    @Override
    public long trainableParams(TensorShape in) {
        return (long) in.channels() * units + units;
    }
}
