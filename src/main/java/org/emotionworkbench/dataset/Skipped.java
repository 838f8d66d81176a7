package org.emotionworkbench.dataset;

import java.nio.file.Path;
import java.util.Objects;

/** A file or folder left out of a dataset, with a short human reason. */
public record Skipped(Path path, String reason) {
    public Skipped {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a skipped item needs a reason: " + path);
        }
    }

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
