package org.emotionworkbench.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How class imbalance is handled: not at all, 'balanced' loss weights, or augmented minority copies. */
public enum Balancing {
    NONE, CLASS_WEIGHTS, AUGMENT_MINORITY;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Balancing parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Balancing b : values()) {
            if (b.name().equals(t)) {
                return b;
            }
        }
        throw new IllegalArgumentException("balancing must be none, class-weights or augment-minority, got '" + text + "'");
    }
}
