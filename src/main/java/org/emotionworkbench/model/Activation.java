package org.emotionworkbench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Activation functions a hidden layer may use (the output layer is always softmax). */
public enum Activation {
    RELU, ELU, LEAKYRELU, TANH, SIGMOID, LINEAR;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Activation parse(String text) {
        for (Activation a : values()) {
            if (a.name().equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + text + "'; use one of "
                + Arrays.stream(values()).map(Activation::json).collect(Collectors.joining(", ")));
    }
}
