package org.emotionworkbench.model;

/** Average pooling over square windows; stride 0 in JSON means "same as the pool size" (Keras' default). */
public record AvgPool2D(int pool, int stride) implements LayerSpec {
    public AvgPool2D {
        pool = pool == 0 ? 2 : pool;
        LayerSpec.requirePositive("AvgPool2D pool", pool);
        stride = stride == 0 ? pool : stride;
        LayerSpec.requirePositive("AvgPool2D stride", stride);
    }

    public static AvgPool2D of(int pool) {
        return new AvgPool2D(pool, pool);
    }

    @Override
    public String baseName() {
        return "average_pooling2d";
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        return Pooling.outputShape("AvgPool2D", pool, stride, in);
    }

    @Override
    public long trainableParams(TensorShape in) {
        return 0;
    }
}
