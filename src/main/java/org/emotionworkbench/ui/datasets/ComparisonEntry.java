package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DatasetCounts;

import java.util.Objects;

/** Another dataset whose per-class counts the chart shows beside the loaded one. */
public record ComparisonEntry(String name, String spec, DatasetCounts counts) {
    public ComparisonEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(counts, "counts");
    }

    @Override
    public String toString() {
        return name + " (" + counts.total() + " images)";
    }
}
