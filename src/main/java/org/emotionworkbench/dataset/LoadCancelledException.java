package org.emotionworkbench.dataset;

/** A load stopped by its {@link LoadMonitor}; images decoded before the stop are in the disk cache. */
public final class LoadCancelledException extends DatasetException {
    public LoadCancelledException(String message) {
        super(message);
    }
}
