package org.emotionworkbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shape inference that does not stop at the first problem's exception: the layers analysed before it, and the
 * problem itself (naming its layer), so an editor can show shapes up to the offending layer and mark that one.
 * {@link ModelAnalysis#of} is this with the problem thrown.
 *
 * @param spec     the spec analysed
 * @param analysed the layers before the offending one (all of them when the spec is valid)
 * @param error    the first problem, or null when the spec is valid
 */
public record ModelDiagnosis(ModelSpec spec, List<LayerInfo> analysed, InvalidModelException error) {
    public ModelDiagnosis {
        analysed = List.copyOf(analysed);
    }

    public static ModelDiagnosis of(ModelSpec spec) {
        List<LayerSpec> stack = spec.layers();
        if (stack.isEmpty()) {
            return new ModelDiagnosis(spec, List.of(),
                    new InvalidModelException("the model has no layers; it needs at least an Output layer"));
        }
        List<LayerInfo> infos = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        TensorShape shape = ModelSpec.INPUT;
        for (int i = 0; i < stack.size(); i++) {
            LayerSpec layer = stack.get(i);
            if (layer == null) {
                return new ModelDiagnosis(spec, infos, new InvalidModelException("layer " + (i + 1) + " is empty", i, null));
            }
            String name = uniqueName(layer.baseName(), seen);
            boolean last = i == stack.size() - 1;
            if (layer instanceof Output && !last) {
                return new ModelDiagnosis(spec, infos,
                        new InvalidModelException(describe(i, name) + ": Output must be the last layer", i, null));
            }
            if (last && !(layer instanceof Output)) {
                return new ModelDiagnosis(spec, infos, new InvalidModelException(describe(i, name)
                        + ": the last layer must be Output (softmax over the 7 emotions), not "
                        + layer.getClass().getSimpleName(), i, null));
            }
            TensorShape out;
            try {
                out = layer.outputShape(shape);
            } catch (IllegalArgumentException e) {
                return new ModelDiagnosis(spec, infos, new InvalidModelException(describe(i, name) + ": " + e.getMessage(), i, e));
            }
            infos.add(new LayerInfo(name, layer, shape, out, layer.trainableParams(shape), layer.nonTrainableParams(shape)));
            shape = out;
        }
        return new ModelDiagnosis(spec, infos, null);
    }

    public boolean valid() {
        return error == null;
    }

    /** The full analysis of a valid spec; empty when there is a problem. */
    public Optional<ModelAnalysis> analysis() {
        return valid() ? Optional.of(new ModelAnalysis(spec, analysed)) : Optional.empty();
    }

    /** The full analysis, or the problem thrown. */
    public ModelAnalysis orThrow() {
        if (error != null) {
            throw error;
        }
        return new ModelAnalysis(spec, analysed);
    }

    private static String uniqueName(String base, Map<String, Integer> seen) {
        int n = seen.merge(base, 1, Integer::sum) - 1;
        return n == 0 ? base : base + "_" + n;
    }

    private static String describe(int index, String name) {
        return "layer " + (index + 1) + " (" + name + ")";
    }
}
