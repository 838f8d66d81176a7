package org.emotionworkbench.model;

import org.emotionworkbench.dataset.Emotion;

/**
 * What a DL4J network needs beyond its layer stack: seed for the initial weights, Adam's learning rate, and
 * per-class loss weights (null = unweighted).
 */
public record NetworkSettings(long seed, double learningRate, double[] classWeights) {
    public NetworkSettings {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (classWeights != null) {
            if (classWeights.length != Emotion.COUNT) {
                throw new IllegalArgumentException("need one class weight per emotion (" + Emotion.COUNT + "), got " + classWeights.length);
            }
            for (double w : classWeights) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("class weights must be finite and non-negative");
                }
            }
            classWeights = classWeights.clone();
        }
    }

    public static NetworkSettings defaults(long seed) {
        return new NetworkSettings(seed, 1e-3, null);
    }
}
