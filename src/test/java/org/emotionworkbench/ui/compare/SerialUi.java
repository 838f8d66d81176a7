package org.emotionworkbench.ui.compare;

import org.emotionworkbench.ui.common.UiExecutor;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the FX thread without a toolkit: one thread that runs every view-model change in order, so that
 * the callbacks of several background tasks never interleave (as with {@link UiExecutor#DIRECT}, where each runs on
 * its worker). Tests call the view model through {@link #call} and {@link #flush} before reading its state.
 */
public final class SerialUi implements UiExecutor, AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-ui");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void execute(Runnable command) {
        thread.execute(command);
    }

    public <T> T call(Callable<T> c) throws Exception {
        return thread.submit(c).get(20, TimeUnit.SECONDS);
    }

    public void run(Runnable r) throws Exception {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until everything queued so far has run. */
    public void flush() throws Exception {
        run(() -> {
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
