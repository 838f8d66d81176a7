package org.emotionworkbench.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A loaded dataset: samples in path order, per split, and the report of how they were found. */
public record LoadedDataset(Path root, List<Sample> train, List<Sample> test, LoadReport report) {
    public LoadedDataset {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(report, "report");
        train = List.copyOf(train);
        test = List.copyOf(test);
    }
}
