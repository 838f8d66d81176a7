package org.emotionworkbench.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * The error the status bar shows: the newest one reported, until a task succeeds after it (then blank). The Errors
 * list keeps every error; only the status line moves on.
 */
public final class LatestError {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public LatestError(ErrorLog log, TaskRunner tasks) {
        log.entries().addListener((ListChangeListener<ErrorLog.Entry>) c -> {
            if (log.entries().isEmpty()) {
                text.set("");
                return;
            }
            while (c.next()) {
                if (c.wasAdded()) {
                    ErrorLog.Entry last = log.entries().get(log.entries().size() - 1);
                    text.set(last.context() + ": " + last.message());
                }
            }
        });
        tasks.running().addListener((ListChangeListener<BackgroundTask<?>>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && c.getRemoved().stream().anyMatch(BackgroundTask::succeeded)) {
                    text.set("");
                }
            }
        });
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
