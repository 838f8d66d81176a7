package org.emotionworkbench.ui.explain;

import org.emotionworkbench.explain.FaceExplanation;
import org.emotionworkbench.explain.HeatmapComparison;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One face explained: its pixels (as the model saw them), the run's explanation, and, when a second run is chosen,
 * that run's explanation of the same class and the signed difference; plus the run's convolution layers.
 */
public record ExplainResult(Path runDir, FaceChoice face, float[] pixels, List<String> layers, FaceExplanation main,
                            Path otherRunDir, FaceExplanation other, HeatmapComparison comparison) {
    public ExplainResult {
        Objects.requireNonNull(runDir, "runDir");
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(main, "main");
        pixels = pixels.clone();
        layers = List.copyOf(layers);
    }

    @Override
    public float[] pixels() {
        return pixels.clone();
    }
}
