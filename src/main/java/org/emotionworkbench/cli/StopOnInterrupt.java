package org.emotionworkbench.cli;

import org.emotionworkbench.training.TrainingControl;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) during training: the JVM's shutdown asks the training to stop between batches and waits (up to
 * a minute) until {@code work} has finished, so the run folder, its resume point and what the command prints are
 * complete before the process ends.
 */
final class StopOnInterrupt {
    private StopOnInterrupt() {
    }

    /** Runs {@code work} with {@code control} stopped by a Ctrl-C or SIGTERM. */
    static <T> T run(TrainingControl control, String threadName, Callable<T> work) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            control.requestStop();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, threadName);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.call();
        } finally {
            finished.countDown(); // lets the shutdown go on once the work is done
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already stopping: the hook has run
            }
        }
    }
}
