package org.emotionworkbench.ui.explain;

/** The heatmap methods the engine offers, with the names the CLI uses and a line for students. */
public enum MethodOption {
    GRAD_CAM("gradcam", "Grad-CAM", "Weights each channel of the layer by the mean gradient of the class score: fast (one backward pass)."),
    GRAD_CAM_PP("gradcam++", "Grad-CAM++", "Like Grad-CAM with per-pixel gradient weights: often sharper when a class shows in several places."),
    SCORE_CAM("scorecam", "Score-CAM", "No gradients: masks the face with each channel and measures the class probability (slower).");

    private final String engineName;
    private final String title;
    private final String explanation;

    MethodOption(String engineName, String title, String explanation) {
        this.engineName = engineName;
        this.title = title;
        this.explanation = explanation;
    }

    /** As {@code HeatmapMethod.parse} and the CLI's {@code --method} spell it. */
    public String engineName() {
        return engineName;
    }

    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return title;
    }
}
