package org.emotionworkbench.model;

/**
 * Batch normalisation over channels (feature maps) or features (vectors). Keras defaults: epsilon 1e-3,
 * momentum 0.99. Parameters: gamma and beta are trainable; the moving mean and variance are not.
 */
public record BatchNorm(double epsilon, double momentum) implements LayerSpec {
    public static final double KERAS_EPSILON = 1e-3;
    public static final double KERAS_MOMENTUM = 0.99;

    public BatchNorm {
        epsilon = epsilon == 0 ? KERAS_EPSILON : epsilon;
        momentum = momentum == 0 ? KERAS_MOMENTUM : momentum;
        LayerSpec.requirePositive("BatchNorm epsilon", epsilon);
        if (!(momentum > 0 && momentum < 1)) {
            throw new IllegalArgumentException("BatchNorm momentum must be in (0, 1), got " + momentum);
        }
    }

    public static BatchNorm keras() {
        return new BatchNorm(KERAS_EPSILON, KERAS_MOMENTUM);
    }

    @Override
    public String baseName() {
        return "batch_normalization";
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        return in;
    }

    @Override
    public long trainableParams(TensorShape in) {
        return 2L * in.channels();
    }

    @Override
    public long nonTrainableParams(TensorShape in) {
        return 2L * in.channels();
    }
}
