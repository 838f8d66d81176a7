package org.emotionworkbench.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A small fluent background job (JabRef's habit): the work runs on a worker thread, its callbacks and its
 * observable state (progress, message, running) change on the UI executor. Cancelling sets a flag the work
 * reads through {@link TaskProgress#isCancelled()}; the work decides where it can stop cleanly.
 *
 * <pre>{@code
 * tasks.submit(BackgroundTask.of("Loading " + root, p -> DataSources.load(...))
 *         .onSuccess(vm::show)
 *         .onFailure(errors::report));
 * }</pre>
 */
public final class BackgroundTask<T> {
    private volatile boolean succeeded;
    /** The work itself: runs off the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskProgress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = r -> {
    };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> {
    };
    private final java.util.List<Runnable> onFinally = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final CompletableFuture<T> done = new CompletableFuture<>();

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> c) {
        this.onSuccess = Objects.requireNonNull(c);
        return this;
    }

    /** Without one, failures go to the runner's error log. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
        this.onFailure = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable r) {
        this.onCancelled = Objects.requireNonNull(r);
        return this;
    }

    /** Runs after success, failure or cancellation (each one added runs, in order). */
    public BackgroundTask<T> onFinally(Runnable r) {
        this.onFinally.add(Objects.requireNonNull(r));
        return this;
    }

    public String title() {
        return title;
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once the work finished without failure or cancel and its success handler ran (read on the UI thread). */
    public boolean succeeded() {
        return succeeded;
    }

    /** Completes (on the worker thread) with the result, or exceptionally; for tests and chaining. */
    public CompletableFuture<T> future() {
        return done;
    }

    /** Called by {@link TaskRunner} on the worker thread. */
    void execute(UiExecutor ui, Consumer<Throwable> defaultFailure) {
        ui.execute(() -> running.set(true));
        TaskProgress reporter = new TaskProgress() {
            private volatile long lastNanos;

            @Override
            public void update(double fraction, String msg) {
                long now = System.nanoTime();
                if (fraction < 1 && now - lastNanos < 50_000_000L) {
                    return; // at most 20 UI updates a second, whatever the work reports
                }
                lastNanos = now;
                ui.execute(() -> {
                    progress.set(fraction);
                    if (msg != null) {
                        message.set(msg);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try {
            T result = work.run(reporter);
            ui.execute(() -> {
                running.set(false);
                try {
                    if (cancelled.get()) {
                        onCancelled.run();
                    } else {
                        onSuccess.accept(result);
                        succeeded = true;
                    }
                } finally {
                    onFinally.forEach(Runnable::run);
                }
            });
            done.complete(result);
        } catch (Throwable t) {
            ui.execute(() -> {
                running.set(false);
                try {
                    if (cancelled.get()) {
                        onCancelled.run();
                    } else if (onFailure != null) {
                        onFailure.accept(t);
                    } else {
                        defaultFailure.accept(t);
                    }
                } finally {
                    onFinally.forEach(Runnable::run);
                }
            });
            done.completeExceptionally(t);
        }
    }
}
