package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.LoadCancelledException;
import org.emotionworkbench.dataset.LoadMonitor;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.TaskProgress;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a dataset (folder, FER2013 CSV or manifest) in the background with progress and cancel, and makes it the
 * context's dataset. A failed or cancelled load leaves the previous dataset in place.
 */
public final class DatasetOpener {
    private final WorkbenchContext context;

    public DatasetOpener(WorkbenchContext context) {
        this.context = context;
    }

    public BackgroundTask<LoadedDataset> open(Path spec, SourceOptions source, Consumer<LoadedDataset> then) {
        String s = spec.toAbsolutePath().normalize().toString();
        return context.tasks().submit(BackgroundTask.of("Loading " + spec.getFileName(),
                        p -> DataSources.load(s, source, context.loadOptions(), monitor(p)))
                .onSuccess(ds -> {
                    context.datasetSourceProperty().set(source);
                    context.datasetSpecProperty().set(s);
                    context.datasetProperty().set(ds);
                    context.rememberDataset(s);
                    then.accept(ds);
                })
                .onFailure(t -> context.errors().report("Opening " + s, t)));
    }

    /** Bridges the loader's per-file progress to the task's progress and cancel flag. */
    static LoadMonitor monitor(TaskProgress p) {
        return new LoadMonitor() {
            @Override
            public void progress(String split, int done, int total) {
                p.update(total == 0 ? -1 : (double) done / total, split + ": " + done + " / " + total + " files");
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }

    /** True when a failure is the user's own cancel (not to be shown as an error). */
    public static boolean isCancel(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LoadCancelledException) {
                return true;
            }
        }
        return false;
    }
}
