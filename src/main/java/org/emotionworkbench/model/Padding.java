package org.emotionworkbench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Keras padding: {@code same} keeps size/stride (rounded up), {@code valid} uses only full windows. */
public enum Padding {
    SAME, VALID;

    /** Output length of one spatial dimension. */
    public int outputLength(int input, int window, int stride) {
        if (this == SAME) {
            return (input + stride - 1) / stride;
        }
        return input < window ? 0 : (input - window) / stride + 1;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Padding parse(String text) {
        for (Padding p : values()) {
            if (p.name().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("padding must be 'same' or 'valid', got '" + text + "'");
    }
}
