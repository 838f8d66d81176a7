package org.emotionworkbench.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One layer of a model, as plain data: what a user edits, saves as JSON and what shape inference checks.
 * DL4J types never appear here; {@link NetworkFactory} turns a {@link ModelSpec} into a network.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Conv2D.class, name = "Conv2D"),
        @JsonSubTypes.Type(value = MaxPool2D.class, name = "MaxPool2D"),
        @JsonSubTypes.Type(value = AvgPool2D.class, name = "AvgPool2D"),
        @JsonSubTypes.Type(value = BatchNorm.class, name = "BatchNorm"),
        @JsonSubTypes.Type(value = Dropout.class, name = "Dropout"),
        @JsonSubTypes.Type(value = Flatten.class, name = "Flatten"),
        @JsonSubTypes.Type(value = Dense.class, name = "Dense"),
        @JsonSubTypes.Type(value = Output.class, name = "Output")
})
public sealed interface LayerSpec permits Conv2D, MaxPool2D, AvgPool2D, BatchNorm, Dropout, Flatten, Dense, Output {

    /** Keras-style base name ("conv2d", "max_pooling2d", ...); numbered per model to make layer names. */
    String baseName();

    /** Output shape for the given input shape; throws {@link IllegalArgumentException} saying why it cannot apply. */
    TensorShape outputShape(TensorShape input);

    /** Trainable parameter count for the given input shape. */
    long trainableParams(TensorShape input);

    /** Parameters updated without gradients (batch-norm moving mean and variance). */
    default long nonTrainableParams(TensorShape input) {
        return 0;
    }

    static void requirePositive(String what, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
