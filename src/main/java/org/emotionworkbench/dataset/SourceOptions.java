package org.emotionworkbench.dataset;

import java.nio.file.Path;

/**
 * How to read a folder source: a numeric {@code layout} ({@link FolderLabels#LAYOUTS}, null = English names), a
 * {@code labelMap} file (folder name → class or skip), or a {@code labels} CSV that labels an unlabelled folder
 * (SFHQ). At most one of them; they do not apply to CSV or manifest sources.
 */
public record SourceOptions(String layout, Path labelMap, Path labels) {
    public SourceOptions {
        int given = (layout != null ? 1 : 0) + (labelMap != null ? 1 : 0) + (labels != null ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("give at most one of --layout, --label-map and --labels");
        }
        if (layout != null) {
            FolderLabels.layout(layout);
        }
    }

    public static SourceOptions defaults() {
        return new SourceOptions(null, null, null);
    }

    /** What the folder names mean under these options. */
    public FolderLabels folderLabels() {
        if (labelMap != null) {
            return FolderLabels.read(labelMap);
        }
        return layout != null ? FolderLabels.layout(layout) : FolderLabels.names();
    }

    public boolean isDefault() {
        return layout == null && labelMap == null && labels == null;
    }
}
