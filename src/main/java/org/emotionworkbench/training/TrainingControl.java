package org.emotionworkbench.training;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets another thread stop a run cleanly: the trainer checks it between batches. */
public final class TrainingControl {
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    public void requestStop() {
        stopRequested.set(true);
    }

    public boolean isStopRequested() {
        return stopRequested.get();
    }
}
