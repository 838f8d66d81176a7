package org.emotionworkbench.dataset;

import java.util.List;
import java.util.Objects;

/**
 * What {@link DatasetScanner} found: the layout, candidate images sorted by path, folders and files left out with a
 * reason, and the non-image files (by extension, or hidden) that were ignored.
 */
public record ScanResult(DatasetLayout layout, List<ImageFile> images, List<Skipped> skippedFolders,
                         List<Skipped> skippedFiles, IgnoredFiles ignored) {
    public ScanResult {
        Objects.requireNonNull(layout, "layout");
        images = List.copyOf(images);
        skippedFolders = List.copyOf(skippedFolders);
        skippedFiles = List.copyOf(skippedFiles);
        Objects.requireNonNull(ignored, "ignored");
    }

    public List<ImageFile> images(DataSplit split) {
        return images.stream().filter(f -> f.split() == split).toList();
    }
}
