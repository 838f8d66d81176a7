package org.emotionworkbench.ui.model;

import java.util.List;
import java.util.Objects;

/**
 * One editable setting of a layer, as the settings form shows it: a key, a label, its kind, the current value as
 * text, the choices (for {@link Kind#CHOICE}) and a hint for students.
 */
public record LayerField(String key, String label, Kind kind, String value, List<String> choices, String hint) {
    public enum Kind { INTEGER, DECIMAL, CHOICE }

    public LayerField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static LayerField integer(String key, String label, int value, String hint) {
        return new LayerField(key, label, Kind.INTEGER, Integer.toString(value), List.of(), hint);
    }

    static LayerField decimal(String key, String label, double value, String hint) {
        return new LayerField(key, label, Kind.DECIMAL, LayerSettings.decimal(value), List.of(), hint);
    }

    static LayerField choice(String key, String label, String value, List<String> choices, String hint) {
        return new LayerField(key, label, Kind.CHOICE, value, choices, hint);
    }
}
