package org.emotionworkbench.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The seven emotion classes, in the canonical order used everywhere (reports, outputs, label indices). */
public enum Emotion {
    ANGRY("angry", "anger"),
    DISGUST("disgust", "disgusted"),
    FEAR("fear", "fearful"),
    HAPPY("happy", "happiness"),
    NEUTRAL("neutral"),
    SAD("sad", "sadness"),
    SURPRISE("surprise", "surprised");

    public static final int COUNT = 7;

    private final String label;
    private final Set<String> aliases;

    Emotion(String label, String... otherAliases) {
        this.label = label;
        String[] all = Arrays.copyOf(otherAliases, otherAliases.length + 1);
        all[otherAliases.length] = label;
        this.aliases = Set.of(all);
    }

    /** Lower-case canonical name, as in reports and CSV headers. */
    public String label() {
        return label;
    }

    /** Matches a class-folder or label name case-insensitively against the aliases of each class. */
    public static Optional<Emotion> fromName(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (Emotion e : values()) {
            if (e.aliases.contains(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Canonical labels in class order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Emotion::label).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
