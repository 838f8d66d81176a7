package org.emotionworkbench.ui.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.evaluation.Prediction;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A face to explain: its source (file path, or CSV row as in predictions.csv), its true class and the run's
 * prediction when known (null otherwise), and the prediction's confidence (NaN when unknown).
 */
public record FaceChoice(String source, Emotion trueLabel, Emotion predicted, double confidence) {
    public FaceChoice {
        Objects.requireNonNull(source, "source");
    }

    public static FaceChoice of(Prediction p) {
        return new FaceChoice(p.file(), p.trueLabel(), p.predicted(), p.probability(p.predicted()));
    }

    /** An image file picked by the user: its true class from its folder's name when that is a class name. */
    public static FaceChoice ofFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        Emotion truth = parent == null || parent.getFileName() == null ? null
                : Emotion.fromName(parent.getFileName().toString()).orElse(null);
        return new FaceChoice(file.toAbsolutePath().toString(), truth, null, Double.NaN);
    }

    public boolean isMistake() {
        return trueLabel != null && predicted != null && trueLabel != predicted;
    }

    public String fileName() {
        int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return cut >= 0 ? source.substring(cut + 1) : source;
    }

    @Override
    public String toString() {
        String labels = (trueLabel == null ? "?" : trueLabel.label()) + "\u2192" + (predicted == null ? "?" : predicted.label());
        return Double.isNaN(confidence) ? labels + "  " + fileName()
                : String.format(Locale.ROOT, "%s %.2f  %s", labels, confidence, fileName());
    }
}
