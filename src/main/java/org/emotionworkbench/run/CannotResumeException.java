package org.emotionworkbench.run;

/**
 * A run cannot go on from its resume point: it has none, or its data is no longer what it started with. Nothing has
 * been changed; the run can only be trained again from the start.
 */
public final class CannotResumeException extends IllegalArgumentException {
    public CannotResumeException(String message) {
        super(message);
    }
}
