package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.LoadMonitor;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A dataset-load progress bar on stderr (console only, at most ten redraws a second). Ctrl-C cancels the load
 * cleanly: decoding stops and what was decoded is kept in the cache.
 */
final class LoadProgressBar implements LoadMonitor, AutoCloseable {
    private final PrintWriter err;
    private final boolean enabled;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Thread hook;
    private final long start = System.nanoTime();
    private volatile long lastDraw;

    LoadProgressBar(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null;
        this.hook = new Thread(() -> cancelled.set(true), "load-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void progress(String split, int done, int total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done != total) {
            return;
        }
        lastDraw = now;
        synchronized (this) {
            int filled = total == 0 ? 30 : (int) (30L * done / total);
            double s = (now - start) / 1e9;
            err.printf(Locale.ROOT, "\rloading %-5s [%s%s] %d/%d  %.0f img/s   ", split, "=".repeat(filled),
                    " ".repeat(30 - filled), done, total, s > 0 ? done / s : 0);
            if (done == total) {
                err.print("\r" + " ".repeat(80) + "\r");
            }
            err.flush();
        }
    }

    @Override
    public void scanning(long images) {
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        synchronized (this) {
            err.printf(Locale.ROOT, "\rscanning: %,d image files found   ", images);
            err.flush();
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // shutting down already
        }
    }
}
