package org.emotionworkbench.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Which classes an evaluation scores when the model and the test set know different classes (a model trained on the
 * 5 synthetic classes tested on FER2013's 7, say): {@code all} test images with the model's prediction over all seven
 * classes, or {@code shared} only the test images whose true class the model was trained on, predicted among those
 * classes only (see {@link ClassSubset}).
 */
public enum EvaluationClasses {
    ALL, SHARED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static EvaluationClasses parse(String text) {
        String t = text == null ? "" : text.trim();
        for (EvaluationClasses c : values()) {
            if (c.key().equalsIgnoreCase(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("classes must be all or shared, got '" + text + "'");
    }
}
