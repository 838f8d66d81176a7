package org.emotionworkbench.ui.model;

import org.emotionworkbench.model.AvgPool2D;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.LayerSpec;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.Output;

import java.util.function.Supplier;

/** The layer types of the palette: a name, a short explanation for students, and the layer a click adds. */
public enum LayerKind {
    CONV2D("Conv2D", Conv2D.class, () -> Conv2D.of(32),
            "Convolution: slides small learnable filters (e.g. 3×3) over the image. Each filter learns one local "
                    + "pattern (an edge, the corner of a mouth) and outputs one feature map showing where it occurs."),
    MAX_POOL("MaxPool2D", MaxPool2D.class, () -> MaxPool2D.of(2),
            "Max pooling: keeps the largest value of each window (2×2 halves height and width). The maps get "
                    + "smaller and the model less sensitive to small shifts. No parameters."),
    AVG_POOL("AvgPool2D", AvgPool2D.class, () -> AvgPool2D.of(2),
            "Average pooling: like max pooling, but keeps the mean of each window. No parameters."),
    BATCH_NORM("BatchNorm", BatchNorm.class, BatchNorm::keras,
            "Batch normalisation: rescales each channel to mean 0 and variance 1 over the batch, then applies a "
                    + "learned scale (gamma) and shift (beta); training gets faster and steadier. Its moving mean "
                    + "and variance are the non-trainable parameters."),
    DROPOUT("Dropout", Dropout.class, () -> new Dropout(0.25),
            "Dropout: while training, sets a random fraction of its inputs (the rate) to zero, so the network "
                    + "cannot rely on any single unit; this fights overfitting. It does nothing when predicting."),
    FLATTEN("Flatten", Flatten.class, Flatten::new,
            "Flatten: turns the feature maps (height × width × channels) into one long vector, which the dense "
                    + "layers need."),
    DENSE("Dense", Dense.class, () -> Dense.of(128),
            "Dense (fully connected): every unit is connected to every input value, with one weight per input "
                    + "plus a bias. Needs a flat input (a Flatten before the first one)."),
    OUTPUT("Output", Output.class, Output::emotions,
            "Output: a dense layer with one unit per emotion (7) and softmax, giving a probability for each "
                    + "class. It must be the last layer.");

    private final String title;
    private final Class<? extends LayerSpec> type;
    private final Supplier<LayerSpec> factory;
    private final String explanation;

    LayerKind(String title, Class<? extends LayerSpec> type, Supplier<LayerSpec> factory, String explanation) {
        this.title = title;
        this.type = type;
        this.factory = factory;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    /** A new layer of this type with the usual settings. */
    public LayerSpec create() {
        return factory.get();
    }

    public static LayerKind of(LayerSpec layer) {
        for (LayerKind k : values()) {
            if (k.type.isInstance(layer)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown layer type " + layer.getClass().getName());
    }

    @Override
    public String toString() {
        return title;
    }
}
