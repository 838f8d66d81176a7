package org.emotionworkbench.model;

import java.util.List;

/** The result of shape inference over a {@link ModelSpec}: per-layer shapes and parameter counts. */
public record ModelAnalysis(ModelSpec spec, List<LayerInfo> layers) {
    public ModelAnalysis {
        layers = List.copyOf(layers);
    }

    /** Runs shape inference; throws {@link InvalidModelException} naming the first layer that cannot apply. */
    public static ModelAnalysis of(ModelSpec spec) {
        return ModelDiagnosis.of(spec).orThrow();
    }

    public long trainableParams() {
        return layers.stream().mapToLong(LayerInfo::trainableParams).sum();
    }

    public long nonTrainableParams() {
        return layers.stream().mapToLong(LayerInfo::nonTrainableParams).sum();
    }

    public long totalParams() {
        return trainableParams() + nonTrainableParams();
    }

    /** Names of the convolution layers, first to last (Grad-CAM's candidate layers). */
    public List<String> convolutionLayerNames() {
        return layers.stream().filter(l -> l.spec() instanceof Conv2D).map(LayerInfo::name).toList();
    }
}
