package org.emotionworkbench.ui.datasets;

/** One class of a count match: what the reference has, what the source has, what was drawn. */
public record MatchRow(String label, int reference, int source, int drawn) {
    public boolean isShort() {
        return drawn < reference;
    }
}
