package org.emotionworkbench.ui.common;

/** Handed to background work: report progress, and ask whether the user cancelled. Safe from any thread. */
public interface TaskProgress {
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code fraction} in [0,1], or negative for "unknown"; {@code message} may be null. */
    void update(double fraction, String message);

    boolean isCancelled();
}
