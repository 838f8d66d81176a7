package org.emotionworkbench.explain;

import java.util.Objects;

/** One face explained: the heatmap and probabilities, the layer and method used, and the trust figures (null when not measured). */
public record FaceExplanation(Explanation explanation, String layer, String method, TrustScore trust) {
    public FaceExplanation {
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(method, "method");
    }

    public Heatmap heatmap() {
        return explanation.heatmap();
    }
}
