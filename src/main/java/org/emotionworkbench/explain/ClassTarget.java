package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;

import java.util.Locale;
import java.util.Objects;

/**
 * Which class a heatmap explains: the model's prediction, the face's true class, or one fixed emotion. Resolved per
 * face by {@link #resolve}; {@code fixed} is set exactly when the kind is {@link Kind#FIXED}.
 */
public record ClassTarget(Kind kind, Emotion fixed) {
    /** The three ways of choosing the class. */
    public enum Kind { PREDICTED, TRUE, FIXED }

    public ClassTarget {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.FIXED) != (fixed != null)) {
            throw new IllegalArgumentException("a fixed class target needs exactly one emotion, other targets none");
        }
    }

    public static ClassTarget predicted() {
        return new ClassTarget(Kind.PREDICTED, null);
    }

    public static ClassTarget trueClass() {
        return new ClassTarget(Kind.TRUE, null);
    }

    public static ClassTarget of(Emotion e) {
        return new ClassTarget(Kind.FIXED, Objects.requireNonNull(e, "emotion"));
    }

    /** "predicted", "true" or an emotion name (as the CLI's {@code --class}). */
    public static ClassTarget parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "predicted" -> predicted();
            case "true" -> trueClass();
            default -> of(Emotion.fromName(k).orElseThrow(() -> new IllegalArgumentException(
                    "class must be predicted, true or an emotion (" + String.join(", ", Emotion.labels()) + "), got '" + s + "'")));
        };
    }

    /** The class to explain for a face with these probabilities; TRUE needs the true class. */
    public Emotion resolve(Emotion trueLabel, float[] probabilities) {
        return switch (kind) {
            case FIXED -> fixed;
            case TRUE -> {
                if (trueLabel == null) {
                    throw new IllegalArgumentException("the true class of this face is unknown: explain the predicted "
                            + "class or a chosen emotion instead");
                }
                yield trueLabel;
            }
            case PREDICTED -> Emotion.values()[org.emotionworkbench.model.Inference.argmax(probabilities)];
        };
    }

    @Override
    public String toString() {
        return kind == Kind.FIXED ? fixed.label() : kind.name().toLowerCase(Locale.ROOT);
    }
}
