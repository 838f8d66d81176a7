package org.emotionworkbench.dataset;

import java.nio.file.Path;
import java.util.Objects;

/** A candidate image found by {@link DatasetScanner}: where it is, what it is labelled, and its cache-key attributes. */
public record ImageFile(Path path, DataSplit split, Emotion label, long size, long modifiedNanos) {
    public ImageFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(label, "label");
        if (size < 0) {
            throw new IllegalArgumentException("file size must be >= 0, got " + size + " for " + path);
        }
    }
}
