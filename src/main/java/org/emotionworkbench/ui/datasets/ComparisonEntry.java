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

    /** What the comparison list shows: "synthetic (140 images; no disgust, fear)". */
    public String describe() {
        String lacking = OverviewViewModel.lacking(counts);
        return name + " (" + counts.total() + " images" + (lacking.isEmpty() ? "" : "; " + lacking) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
