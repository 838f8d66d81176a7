package org.emotionworkbench.model;

/** 2-D convolution with a square kernel, bias and activation (Keras {@code Conv2D}). */
public record Conv2D(int filters, int kernel, int stride, Padding padding, Activation activation) implements LayerSpec {
    public Conv2D {
        LayerSpec.requirePositive("Conv2D filters", filters);
        LayerSpec.requirePositive("Conv2D kernel", kernel);
        stride = stride == 0 ? 1 : stride;
        LayerSpec.requirePositive("Conv2D stride", stride);
        padding = padding == null ? Padding.SAME : padding;
        activation = activation == null ? Activation.RELU : activation;
    }

    /** 3×3, stride 1, same padding, ReLU: the convolution every preset uses. */
    public static Conv2D of(int filters) {
        return new Conv2D(filters, 3, 1, Padding.SAME, Activation.RELU);
    }

    @Override
    public String baseName() {
        return "conv2d";
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        if (in.flat()) {
            throw new IllegalArgumentException("Conv2D needs a feature map, but its input is flat " + in);
        }
        int h = padding.outputLength(in.height(), kernel, stride);
        int w = padding.outputLength(in.width(), kernel, stride);
        if (h < 1 || w < 1) {
            throw new IllegalArgumentException("a " + kernel + "×" + kernel + " 'valid' convolution does not fit its "
                    + in.height() + "×" + in.width() + " input");
        }
        return TensorShape.map(h, w, filters);
    }

    @Override
    public long trainableParams(TensorShape in) {
        return (long) kernel * kernel * in.channels() * filters + filters;
    }
}
