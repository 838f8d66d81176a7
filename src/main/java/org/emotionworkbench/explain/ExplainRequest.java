package org.emotionworkbench.explain;

import java.util.Objects;

/**
 * What to explain and how: the class, the convolution layer (null or blank: the last one), the method as the CLI
 * names it (gradcam, gradcam++, scorecam) and whether to measure the {@link TrustScore} too.
 */
public record ExplainRequest(ClassTarget target, String layer, String method, boolean trust) {
    public ExplainRequest {
        Objects.requireNonNull(target, "target");
        method = HeatmapMethod.parse(Objects.requireNonNull(method, "method")).name();
        layer = layer == null || layer.isBlank() ? null : layer.trim();
    }

    /** Grad-CAM of the last convolution layer for the predicted class, with trust. */
    public static ExplainRequest defaults() {
        return new ExplainRequest(ClassTarget.predicted(), null, "gradcam", true);
    }

    public HeatmapMethod heatmapMethod() {
        return HeatmapMethod.parse(method);
    }

    public ExplainRequest withLayer(String l) {
        return new ExplainRequest(target, l, method, trust);
    }

    public ExplainRequest withTarget(ClassTarget t) {
        return new ExplainRequest(t, layer, method, trust);
    }
}
