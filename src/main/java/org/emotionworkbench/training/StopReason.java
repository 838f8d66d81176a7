package org.emotionworkbench.training;

/** Why training ended. */
public enum StopReason {
    COMPLETED, EARLY_STOPPED, CANCELLED, DIVERGED
}
