package org.emotionworkbench.transfer;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.NetworkRelease;

/**
 * The model a fine-tuned one starts from: a DL4J network or graph, the input it takes, and the emotions of its outputs
 * ({@code classes} is null when its outputs are not emotions: ImageNet classes, or a feature map of a network saved
 * without its top; such a model needs a new head).
 */
public record Backbone(Model model, InputSpec input, ClassOrder classes) implements AutoCloseable {
    public boolean isGraph() {
        return model instanceof ComputationGraph;
    }

    /** Frees the network's native memory. */
    @Override
    public void close() {
        if (model instanceof ComputationGraph g) {
            NetworkRelease.release(g);
        } else if (model instanceof MultiLayerNetwork n) {
            NetworkRelease.release(n);
        }
    }
}
