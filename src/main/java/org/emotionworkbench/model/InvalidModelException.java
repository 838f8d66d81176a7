package org.emotionworkbench.model;

/** A model spec that cannot be built; the message names the offending layer where there is one. */
public class InvalidModelException extends IllegalArgumentException {
    private final int layerIndex;

    public InvalidModelException(String message) {
        this(message, -1, null);
    }

    public InvalidModelException(String message, Throwable cause) {
        this(message, -1, cause);
    }

    public InvalidModelException(String message, int layerIndex, Throwable cause) {
        super(message, cause);
        this.layerIndex = layerIndex;
    }

    /** Index of the offending layer in the stack, or -1 when the problem is not one layer's. */
    public int layerIndex() {
        return layerIndex;
    }
}
