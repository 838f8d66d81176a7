package org.emotionworkbench.dataset.manifest;

import org.emotionworkbench.dataset.Emotion;

/** A class where a source has fewer images than were asked for: all {@code available} were taken. */
public record Shortfall(Emotion label, int wanted, int available) {
    @Override
    public String toString() {
        return label + ": wanted " + wanted + ", source has only " + available + " (short by " + (wanted - available) + ")";
    }
}
