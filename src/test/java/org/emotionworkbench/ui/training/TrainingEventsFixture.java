package org.emotionworkbench.ui.training;

import org.emotionworkbench.training.BatchProgress;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.training.EpochResult;
import org.emotionworkbench.ui.common.TaskProgress;
import org.emotionworkbench.ui.common.UiExecutor;

import java.util.ArrayList;
import java.util.List;

/** Hand-made training events and a UI executor that queues work until the test runs it. */
final class TrainingEventsFixture {
    private TrainingEventsFixture() {
    }

    static BatchProgress batch(int epoch, int maxEpochs, int batch, int batches, double loss) {
        return new BatchProgress(epoch, maxEpochs, batch, batches, loss, loss, 0.5, 1e-3, epoch * 10.0,
                (maxEpochs - epoch) * 10.0);
    }

    static EpochResult epoch(int epoch, int maxEpochs, double loss, double acc, double valLoss, double valAcc,
                             boolean best, int bestEpoch) {
        return new EpochResult(new EpochMetrics(epoch, loss, acc, valLoss, valAcc, 1e-3, 1.0), maxEpochs, best,
                bestEpoch, epoch * 1.0, maxEpochs - epoch);
    }

    /** Queues what is handed to the UI thread; {@link #runAll()} plays the UI thread. */
    static final class QueuedUi implements UiExecutor {
        final List<Runnable> queue = new ArrayList<>();
        int executed;

        @Override
        public synchronized void execute(Runnable r) {
            queue.add(r);
        }

        synchronized int pending() {
            return queue.size();
        }

        void runAll() {
            while (true) {
                Runnable r;
                synchronized (this) {
                    if (queue.isEmpty()) {
                        return;
                    }
                    r = queue.remove(0);
                }
                executed++;
                r.run();
            }
        }
    }

    /** A task progress whose cancel flag the test sets. */
    static final class FakeTask implements TaskProgress {
        volatile boolean cancelled;
        volatile double lastFraction = Double.NaN;

        @Override
        public void update(double fraction, String message) {
            lastFraction = fraction;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
