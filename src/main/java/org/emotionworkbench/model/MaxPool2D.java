package org.emotionworkbench.model;

/** Max pooling over square windows; stride 0 in JSON means "same as the pool size" (Keras' default). */
public record MaxPool2D(int pool, int stride) implements LayerSpec {
    public MaxPool2D {
        pool = pool == 0 ? 2 : pool;
        LayerSpec.requirePositive("MaxPool2D pool", pool);
        stride = stride == 0 ? pool : stride;
        LayerSpec.requirePositive("MaxPool2D stride", stride);
    }

    public static MaxPool2D of(int pool) {
        return new MaxPool2D(pool, pool);
    }

    @Override
    public String baseName() {
        return "max_pooling2d";
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        return Pooling.outputShape("MaxPool2D", pool, stride, in);
    }

    @Override
    public long trainableParams(TensorShape in) {
        return 0;
    }
}
