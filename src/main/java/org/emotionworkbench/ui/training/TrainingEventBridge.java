package org.emotionworkbench.ui.training;

import org.emotionworkbench.dataset.LoadReport;
import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.training.BatchProgress;
import org.emotionworkbench.training.EpochResult;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingListener;
import org.emotionworkbench.training.TrainingOutcome;
import org.emotionworkbench.ui.common.TaskProgress;
import org.emotionworkbench.ui.common.UiExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Carries training events from the training thread to the UI thread without flooding it. Batch events are
 * collected and handed over together, at most once every {@code minIntervalNanos} and never while an earlier
 * hand-over is still waiting on the UI thread (so a busy UI thread gets fewer, bigger updates, never a queue);
 * no batch is dropped. The last batch of an epoch, epoch results, stages, load reports and the finish are always
 * handed over at once, after the batches before them. Also forwards progress to the task (status bar) and turns
 * the task's cancel into a clean stop between batches.
 */
public final class TrainingEventBridge implements TrainingListener, RunProgress {
    /** About 15 batch hand-overs a second at most. */
    public static final long DEFAULT_INTERVAL_NANOS = 66_000_000L;

    private final UiExecutor ui;
    private final TrainingProgressModel model;
    private final TaskProgress task;
    private final TrainingControl control;
    private final LongSupplier nanoClock;
    private final long minIntervalNanos;
    private final Object lock = new Object();
    private final List<BatchProgress> pending = new ArrayList<>();
    private boolean handOverQueued;
    private long lastHandOver;
    private boolean handedOverOnce;

    public TrainingEventBridge(UiExecutor ui, TrainingProgressModel model, TaskProgress task, TrainingControl control) {
        this(ui, model, task, control, System::nanoTime, DEFAULT_INTERVAL_NANOS);
    }

    TrainingEventBridge(UiExecutor ui, TrainingProgressModel model, TaskProgress task, TrainingControl control,
                        LongSupplier nanoClock, long minIntervalNanos) {
        this.ui = ui;
        this.model = model;
        this.task = task;
        this.control = control;
        this.nanoClock = nanoClock;
        this.minIntervalNanos = minIntervalNanos;
    }

    @Override
    public void stage(String description) {
        List<BatchProgress> before = drain();
        ui.execute(() -> {
            model.batches(before);
            model.stage(description);
        });
        task.update(-1, description);
    }

    @Override
    public void loaded(String role, LoadReport report) {
        ui.execute(() -> model.loaded(role, report));
    }

    @Override
    public void onStart(int maxEpochs, int batchesPerEpoch, int trainSamples, int validationSamples) {
        ui.execute(() -> model.started(maxEpochs, batchesPerEpoch, trainSamples, validationSamples));
    }

    @Override
    public void onBatch(BatchProgress p) {
        if (task.isCancelled()) {
            control.requestStop();
        }
        boolean queue;
        synchronized (lock) {
            pending.add(p);
            long now = nanoClock.getAsLong();
            boolean due = !handedOverOnce || now - lastHandOver >= minIntervalNanos || p.batch() == p.batchesPerEpoch();
            queue = due && !handOverQueued;
            if (queue) {
                handOverQueued = true;
                handedOverOnce = true;
                lastHandOver = now;
            }
        }
        if (queue) { // the status bar's progress follows at the same pace
            task.update(p.fractionDone(), String.format(Locale.ROOT, "epoch %d/%d, batch %d/%d",
                    p.epoch(), p.maxEpochs(), p.batch(), p.batchesPerEpoch()));
            ui.execute(this::handOverOnUi);
        }
    }

    @Override
    public void onEpoch(EpochResult result) {
        List<BatchProgress> before = drain();
        ui.execute(() -> {
            model.batches(before);
            model.epoch(result);
        });
    }

    @Override
    public void onFinish(TrainingOutcome outcome) {
        List<BatchProgress> before = drain();
        ui.execute(() -> {
            model.batches(before);
            model.finished(outcome);
        });
    }

    /** Runs on the UI thread: takes whatever batches have arrived by now. */
    private void handOverOnUi() {
        List<BatchProgress> batches;
        synchronized (lock) {
            batches = new ArrayList<>(pending);
            pending.clear();
            handOverQueued = false;
        }
        model.batches(batches);
    }

    private List<BatchProgress> drain() {
        synchronized (lock) {
            List<BatchProgress> out = new ArrayList<>(pending);
            pending.clear();
            return out;
        }
    }
}
