package org.emotionworkbench.model;

/** Turns a feature map into a vector for the dense layers. */
public record Flatten() implements LayerSpec {
    @Override
    public String baseName() {
        return "flatten";
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        if (in.flat()) {
            throw new IllegalArgumentException("input is already flat " + in + "; remove this Flatten");
        }
        long size = in.size();
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("flattened size " + size + " is too large");
        }
        return TensorShape.vector((int) size);
    }

    @Override
    public long trainableParams(TensorShape in) {
        return 0;
    }
}
