package org.emotionworkbench.dataset;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a load found: layout, per split per class counts of loaded samples, files and folders left out with reasons,
 * the non-image files that were ignored (counted, the first {@link IgnoredFiles#NAMED} named), and how many candidate files were decoded now ({@code decodedNow}, failed
 * attempts included) versus answered by the disk cache ({@code fromCache}, cached failures included).
 */
public record LoadReport(Path root, DatasetLayout layout, Map<DataSplit, Map<Emotion, Integer>> counts,
                         List<Skipped> skippedFiles, List<Skipped> skippedFolders, IgnoredFiles ignored,
                         int decodedNow, int fromCache) {
    public LoadReport {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(layout, "layout");
        EnumMap<DataSplit, Map<Emotion, Integer>> copy = new EnumMap<>(DataSplit.class);
        for (DataSplit s : DataSplit.values()) {
            EnumMap<Emotion, Integer> perClass = new EnumMap<>(Emotion.class);
            for (Emotion e : Emotion.values()) {
                int n = counts.getOrDefault(s, Map.of()).getOrDefault(e, 0);
                if (n < 0) {
                    throw new IllegalArgumentException("count must be >= 0, got " + n + " for " + s + "/" + e);
                }
                perClass.put(e, n);
            }
            copy.put(s, Collections.unmodifiableMap(perClass));
        }
        counts = Collections.unmodifiableMap(copy);
        skippedFiles = List.copyOf(skippedFiles);
        skippedFolders = List.copyOf(skippedFolders);
        Objects.requireNonNull(ignored, "ignored");
        if (decodedNow < 0 || fromCache < 0) {
            throw new IllegalArgumentException("decodedNow and fromCache must be >= 0");
        }
    }

    public int count(DataSplit split, Emotion label) {
        return counts.get(split).get(label);
    }

    public int total(DataSplit split) {
        return counts.get(split).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** All loaded samples. */
    public int totalLoaded() {
        return total(DataSplit.TRAIN) + total(DataSplit.TEST);
    }

    /** A human summary: a table of counts, then the skipped items with reasons. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Dataset ").append(root).append(" (layout: ").append(layout).append(")\n");
        sb.append(String.format("  %-9s", "class"));
        List<DataSplit> splits = layout == DatasetLayout.FLAT || (layout == DatasetLayout.MANIFEST && total(DataSplit.TEST) == 0)
                ? List.of(DataSplit.TRAIN) : List.of(DataSplit.values());
        for (DataSplit s : splits) {
            sb.append(String.format("%8s", s));
        }
        sb.append('\n');
        for (Emotion e : Emotion.values()) {
            sb.append(String.format("  %-9s", e));
            for (DataSplit s : splits) {
                sb.append(String.format("%8d", count(s, e)));
            }
            sb.append('\n');
        }
        sb.append(String.format("  %-9s", "total"));
        for (DataSplit s : splits) {
            sb.append(String.format("%8d", total(s)));
        }
        sb.append('\n');
        sb.append("  ").append(totalLoaded()).append(" images loaded (").append(decodedNow).append(" files decoded now, ")
                .append(fromCache).append(" from cache)\n");
        if (!skippedFolders.isEmpty()) {
            sb.append("  ").append(skippedFolders.size()).append(" folder(s) skipped:\n");
            skippedFolders.forEach(s -> sb.append("    ").append(s).append('\n'));
        }
        if (!skippedFiles.isEmpty()) {
            sb.append("  ").append(skippedFiles.size()).append(" file(s) skipped:\n");
            skippedFiles.forEach(s -> sb.append("    ").append(s).append('\n'));
        }
        if (ignored.count() > 0) {
            sb.append("  ").append(ignored.count()).append(" non-image or hidden file(s) ignored:\n");
            ignored.firstNames().forEach(p -> sb.append("    ").append(p).append('\n'));
            if (ignored.unnamed() > 0) {
                sb.append("    ... and ").append(ignored.unnamed()).append(" more\n");
            }
        }
        return sb.toString();
    }
}
