package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.evaluation.Prediction;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** One face of a confusion cell's gallery: the model's prediction for it, and how confident the model was. */
public record GalleryFace(Prediction prediction) {
    public GalleryFace {
        Objects.requireNonNull(prediction, "prediction");
    }

    public String source() {
        return prediction.file();
    }

    public Emotion trueLabel() {
        return prediction.trueLabel();
    }

    public Emotion predicted() {
        return prediction.predicted();
    }

    /** Probability of the predicted class. */
    public double confidence() {
        return prediction.probability(prediction.predicted());
    }

    /** "0.93  sad→neutral" */
    public String caption() {
        return String.format(Locale.ROOT, "%.2f  %s", confidence(), labels());
    }

    /** "sad→neutral" */
    public String labels() {
        return (trueLabel() == null ? "?" : trueLabel().label()) + "\u2192" + predicted().label();
    }

    /** The file name without folders (for tooltips and lists). */
    public String fileName() {
        String s = source();
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return cut >= 0 ? s.substring(cut + 1) : Path.of(s).toString();
    }
}
