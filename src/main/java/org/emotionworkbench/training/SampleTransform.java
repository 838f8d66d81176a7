package org.emotionworkbench.training;

import java.util.random.RandomGenerator;

/** A random per-sample transform applied to training images each epoch (augmentation). */
@FunctionalInterface
public interface SampleTransform {
    /** Writes a transformed copy of {@code src} into {@code dst} (both 48×48), drawing randomness from rng. */
    void apply(float[] src, float[] dst, RandomGenerator rng);
}
