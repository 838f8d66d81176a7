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
        return FullyConnected.outputShape("Dense", units, in);
    }

    @Override
    public long trainableParams(TensorShape in) {
        return FullyConnected.params(units, in);
    }
}
