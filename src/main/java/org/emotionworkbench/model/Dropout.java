package org.emotionworkbench.model;

/** Dropout with Keras' meaning: {@code rate} is the fraction of units dropped while training. */
public record Dropout(double rate) implements LayerSpec {
    public Dropout {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("Dropout rate must be in [0, 1), got " + rate);
        }
    }

    /** DL4J's dropout argument is the probability of keeping a unit. */
    public double retainProbability() {
        return 1.0 - rate;
    }

    @Override
    public String baseName() {
        return "dropout";
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        return in;
    }

    @Override
    public long trainableParams(TensorShape in) {
        return 0;
    }
}
