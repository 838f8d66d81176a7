package org.emotionworkbench.model;

import java.util.List;

/** Keras-like text summary of a model: layer (type), output shape, params, then the totals. */
public final class ModelSummary {
    private ModelSummary() {
    }

    public static String render(ModelAnalysis analysis) {
        List<List<String>> rows = analysis.layers().stream()
                .map(l -> List.of(label(l), l.output().toString(), Long.toString(l.params()))).toList();
        return KerasSummaryText.render(analysis.spec().name(), List.of("Layer (type)", "Output Shape", "Param #"),
                rows, 12, analysis.totalParams(), analysis.trainableParams(), analysis.nonTrainableParams());
    }

    private static String label(LayerInfo l) {
        return l.name() + " (" + l.spec().getClass().getSimpleName() + ")";
    }
}
