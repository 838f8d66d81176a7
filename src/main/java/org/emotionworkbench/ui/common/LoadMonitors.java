package org.emotionworkbench.ui.common;

import org.emotionworkbench.dataset.LoadCancelledException;
import org.emotionworkbench.dataset.LoadMonitor;

/** The engine's dataset-load monitor as a background task sees it: per-file progress, and the task's cancel flag. */
public final class LoadMonitors {
    private LoadMonitors() {
    }

    public static LoadMonitor of(TaskProgress p) {
        java.util.Objects.requireNonNull(p, "progress");
        return new LoadMonitor() {
            @Override
            public void progress(String split, int done, int total) {
                p.update(total == 0 ? -1 : (double) done / total, split + ": " + done + " / " + total + " files");
            }

            @Override
            public void scanning(long images) {
                p.update(-1, String.format(java.util.Locale.ROOT, "scanning: %,d image files found", images));
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }

    /** True when a failure is the user's own cancel of a load (not to be shown as an error). */
    public static boolean isCancel(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LoadCancelledException) {
                return true;
            }
        }
        return false;
    }
}
