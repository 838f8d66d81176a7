package org.emotionworkbench.model;

/** One layer after shape inference: its unique name, spec, output shape and parameter counts. */
public record LayerInfo(String name, LayerSpec spec, TensorShape input, TensorShape output,
                        long trainableParams, long nonTrainableParams) {
    public long params() {
        return trainableParams + nonTrainableParams;
    }
}
