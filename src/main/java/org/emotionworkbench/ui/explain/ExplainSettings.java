package org.emotionworkbench.ui.explain;

import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.ExplainRequest;
import org.emotionworkbench.explain.render.Colormap;

import java.util.Objects;

/**
 * The Explain screen's choices: which class, which layer (null = the last convolution layer), which method, and how
 * to draw it (colormap, opacity). The first three make the engine request; the last two only change the drawing.
 */
public record ExplainSettings(ClassTarget target, String layer, MethodOption method, Colormap colormap, double opacity) {
    public ExplainSettings {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(colormap, "colormap");
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be in [0,1], got " + opacity);
        }
    }

    public static ExplainSettings defaults() {
        return new ExplainSettings(ClassTarget.predicted(), null, MethodOption.GRAD_CAM, Colormap.JET, 0.5);
    }

    /** The engine request for one face, with trust figures. */
    public ExplainRequest request() {
        return new ExplainRequest(target, layer, method.engineName(), true);
    }

    /**
     * The request for per-class mean heatmaps: no trust figures, and a fixed class becomes the true class (averaging
     * every face's heatmap for one class would give a single mean, not one per class).
     */
    public ExplainRequest meanRequest() {
        ClassTarget t = target.kind() == ClassTarget.Kind.FIXED ? ClassTarget.trueClass() : target;
        return new ExplainRequest(t, layer, method.engineName(), false);
    }
}
