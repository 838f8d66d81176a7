package org.emotionworkbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The result of shape inference over a {@link ModelSpec}: per-layer shapes and parameter counts. */
public record ModelAnalysis(ModelSpec spec, List<LayerInfo> layers) {
    public ModelAnalysis {
        layers = List.copyOf(layers);
    }

    /** Runs shape inference; throws {@link InvalidModelException} naming the first layer that cannot apply. */
    public static ModelAnalysis of(ModelSpec spec) {
        List<LayerSpec> stack = spec.layers();
        if (stack.isEmpty()) {
            throw new InvalidModelException("the model has no layers; it needs at least an Output layer");
        }
        List<LayerInfo> infos = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        TensorShape shape = ModelSpec.INPUT;
        for (int i = 0; i < stack.size(); i++) {
            LayerSpec layer = stack.get(i);
            if (layer == null) {
                throw new InvalidModelException("layer " + (i + 1) + " is empty", i, null);
            }
            String name = uniqueName(layer.baseName(), seen);
            boolean last = i == stack.size() - 1;
            if (layer instanceof Output && !last) {
                throw new InvalidModelException(describe(i, name) + ": Output must be the last layer", i, null);
            }
            if (last && !(layer instanceof Output)) {
                throw new InvalidModelException(describe(i, name) + ": the last layer must be Output (softmax over "
                        + "the 7 emotions), not " + layer.getClass().getSimpleName(), i, null);
            }
            TensorShape out;
            try {
                out = layer.outputShape(shape);
            } catch (IllegalArgumentException e) {
                throw new InvalidModelException(describe(i, name) + ": " + e.getMessage(), i, e);
            }
            infos.add(new LayerInfo(name, layer, shape, out, layer.trainableParams(shape), layer.nonTrainableParams(shape)));
            shape = out;
        }
        return new ModelAnalysis(spec, infos);
    }

    private static String uniqueName(String base, Map<String, Integer> seen) {
        int n = seen.merge(base, 1, Integer::sum) - 1;
        return n == 0 ? base : base + "_" + n;
    }

    private static String describe(int index, String name) {
        return "layer " + (index + 1) + " (" + name + ")";
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
