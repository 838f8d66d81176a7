package org.emotionworkbench.model;

import java.util.Objects;

/**
 * One row of a loaded network's summary ({@link NetworkSummary}): its name, DL4J layer type, output shape as Keras
 * writes it ("(None, 24, 24, 8)"), parameter counts as Keras counts them (a frozen layer's parameters and batch-norm's
 * moving mean and variance are non-trainable), whether transfer learning froze it, and the multiply-adds of one forward
 * pass of one image (convolutions and dense layers; 0 for the rest), which the study estimate prices.
 */
public record NetworkLayer(String name, String type, String outputShape, long trainableParams,
                           long nonTrainableParams, boolean frozen, long multiplyAdds) {
    public NetworkLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outputShape, "outputShape");
        if (trainableParams < 0 || nonTrainableParams < 0 || multiplyAdds < 0) {
            throw new IllegalArgumentException("negative count in layer " + name);
        }
        if (frozen && trainableParams > 0) {
            throw new IllegalArgumentException("frozen layer " + name + " cannot have trainable parameters");
        }
    }

    public long params() {
        return trainableParams + nonTrainableParams;
    }
}
