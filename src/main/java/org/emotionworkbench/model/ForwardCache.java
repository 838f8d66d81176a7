package org.emotionworkbench.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.AbstractLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The pre-activations DL4J keeps from a training forward pass for the backward pass ({@code CacheMode.DEVICE},
 * set by {@link NetworkFactory}: without it every convolution's forward pass runs twice per training step).
 *
 * <p>The cache lives in workspace memory that later passes reuse, and neither an inference forward pass nor
 * {@code Layer.clear()} refreshes it: code that back-propagates outside training (Grad-CAM, FGSM) must drop it first,
 * or DL4J would reuse the last training batch's values.
 */
public final class ForwardCache {
    private ForwardCache() {
    }

    /** Drops one layer's cached pre-activation, if it has one. */
    public static void clear(Layer layer) {
        if (layer instanceof AbstractLayer<?> a) {
            a.setPreOutput(null);
        }
    }

    /** Drops the cached pre-activations of all layers. */
    public static void clear(MultiLayerNetwork net) {
        for (Layer layer : net.getLayers()) {
            clear(layer);
        }
    }
}
