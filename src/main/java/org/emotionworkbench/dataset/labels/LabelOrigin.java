package org.emotionworkbench.dataset.labels;

import java.util.Locale;

/** Who gave a label. A human label always wins over a model label for the same file. */
public enum LabelOrigin {
    HUMAN, MODEL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LabelOrigin parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "human", "manual", "" -> HUMAN;
            case "model" -> MODEL;
            default -> throw new IllegalArgumentException("unknown label source '" + s + "' (human or model)");
        };
    }
}
