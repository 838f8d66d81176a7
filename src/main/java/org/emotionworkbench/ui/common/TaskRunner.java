package org.emotionworkbench.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.platform.BackgroundPriority;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@link BackgroundTask}s on daemon worker threads and lists the running ones (the status bar shows them,
 * with a cancel button each). Failures without their own handler go to the {@link ErrorLog}.
 */
public final class TaskRunner implements AutoCloseable {
    private final UiExecutor ui;
    private final ErrorLog errors;
    private final ExecutorService workers;
    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();

    public TaskRunner(UiExecutor ui, ErrorLog errors) {
        this.ui = ui;
        this.errors = errors;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(() -> {
                BackgroundPriority.lowerCurrentThread();
                r.run();
            }, "workbench-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public <T> BackgroundTask<T> submit(BackgroundTask<T> task) {
        if (workers.isShutdown()) {
            // the window is closing: work asked for by late events (a run that just ended) is not started, quietly
            task.cancel();
            return task;
        }
        ui.execute(() -> running.add(task));
        task.onFinally(chain(task));
        workers.execute(() -> task.execute(ui, t -> errors.report(task.title(), t)));
        return task;
    }

    private Runnable chain(BackgroundTask<?> task) {
        return () -> running.remove(task);
    }

    /** The tasks now running, in start order (changes on the UI executor). */
    public ObservableList<BackgroundTask<?>> running() {
        return running;
    }

    public UiExecutor ui() {
        return ui;
    }

    public ErrorLog errors() {
        return errors;
    }

    /** Asks every running task to stop, then waits a little for the workers. */
    @Override
    public void close() {
        for (BackgroundTask<?> t : running.toArray(BackgroundTask<?>[]::new)) {
            t.cancel();
        }
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
