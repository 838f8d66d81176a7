package org.emotionworkbench.dataset.manifest;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;

import java.nio.file.Path;
import java.util.Objects;

/** One image of a manifest: an absolute file path, its class and its split. */
public record ManifestEntry(Path file, Emotion label, DataSplit split) {
    public ManifestEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(split, "split");
        file = file.toAbsolutePath().normalize();
    }
}
