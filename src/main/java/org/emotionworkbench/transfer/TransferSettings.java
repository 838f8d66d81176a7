package org.emotionworkbench.transfer;

/**
 * How a model is fine-tuned. {@code freeze}: the layers kept as they are, either a layer's name (that layer and every
 * layer before it; for a graph, all of its ancestors) or a count ("10": the first ten layers); null freezes nothing.
 * {@code head}: the new head replacing the output (null keeps the model's own output and class order).
 * {@code headOn}: the layer the new head sits on, everything after it removed; null = the layer feeding the output.
 */
public record TransferSettings(String freeze, HeadSpec head, String headOn) {
    public TransferSettings {
        freeze = blankToNull(freeze);
        headOn = blankToNull(headOn);
        if (head == null && headOn != null) {
            throw new IllegalArgumentException("--head-on names where a new head goes: give the head too (--head)");
        }
    }

    /** The settings as the command line and study specs spell them: the head as {@link HeadSpec#parse} text. */
    public static TransferSettings parse(String freeze, String head, String headOn) {
        return new TransferSettings(freeze, head == null ? null : HeadSpec.parse(head), headOn);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The freeze setting as a count of layers, or -1 when it names a layer (or is not given). */
    public int freezeCount() {
        if (freeze == null || !freeze.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(freeze);
    }
}
