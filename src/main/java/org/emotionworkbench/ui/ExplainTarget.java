package org.emotionworkbench.ui;

import org.emotionworkbench.dataset.Emotion;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A face to explain with a run's model: where it came from (a file path as in predictions.csv), its true class
 * when known, and what the model predicted when known. Set on the context by the Evaluation gallery; the Explain
 * screen follows it.
 */
public record ExplainTarget(Path runDir, String imageSource, Emotion trueLabel, Emotion predicted) {
    public ExplainTarget {
        Objects.requireNonNull(runDir, "runDir");
        Objects.requireNonNull(imageSource, "imageSource");
    }
}
