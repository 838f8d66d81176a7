package org.emotionworkbench.run;

import org.emotionworkbench.dataset.LoadReport;

/** What a run reports besides training events: stages and dataset load reports. */
public interface RunProgress {
    RunProgress SILENT = new RunProgress() {
    };

    default void stage(String description) {
    }

    default void loaded(String role, LoadReport report) {
    }
}
