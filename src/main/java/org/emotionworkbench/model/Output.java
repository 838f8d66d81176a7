package org.emotionworkbench.model;

import org.emotionworkbench.dataset.Emotion;

/** The softmax classifier over the emotion classes; always the last layer. */
public record Output(int classes) implements LayerSpec {
    public Output {
        classes = classes == 0 ? Emotion.COUNT : classes;
        if (classes != Emotion.COUNT) {
            throw new IllegalArgumentException("Output must have " + Emotion.COUNT + " classes (one per emotion), got " + classes);
        }
    }

    public static Output emotions() {
        return new Output(Emotion.COUNT);
    }

    @Override
    public String baseName() {
        return "dense";
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        return FullyConnected.outputShape("Output", classes, in);
    }

    @Override
    public long trainableParams(TensorShape in) {
        return FullyConnected.params(classes, in);
    }
}
