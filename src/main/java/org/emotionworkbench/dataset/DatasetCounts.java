package org.emotionworkbench.dataset;

import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestEntry;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per split, per class image counts of a dataset given as text (folder, FER2013 CSV or manifest), found without
 * decoding where possible: a folder is scanned and a manifest read (so a file that would fail to decode is still
 * counted), a FER2013 CSV is parsed. Used to compare datasets and as the reference of a count match.
 */
public record DatasetCounts(Map<DataSplit, Map<Emotion, Integer>> perSplit) {
    public DatasetCounts {
        EnumMap<DataSplit, Map<Emotion, Integer>> copy = new EnumMap<>(DataSplit.class);
        for (DataSplit s : DataSplit.values()) {
            EnumMap<Emotion, Integer> perClass = new EnumMap<>(Emotion.class);
            for (Emotion e : Emotion.values()) {
                int n = perSplit.getOrDefault(s, Map.of()).getOrDefault(e, 0);
                if (n < 0) {
                    throw new IllegalArgumentException("count must be >= 0, got " + n + " for " + s + "/" + e);
                }
                perClass.put(e, n);
            }
            copy.put(s, Collections.unmodifiableMap(perClass));
        }
        perSplit = Collections.unmodifiableMap(copy);
    }

    /** Counts a source; {@code source} applies to folders only, as in {@link DataSources#load}. */
    public static DatasetCounts of(String spec, SourceOptions source) {
        if (DataSources.kind(spec) == DataSources.Kind.FER2013_CSV) {
            if (!source.isDefault()) {
                throw new IllegalArgumentException("--layout, --label-map and --labels apply to folders only, not to " + spec);
            }
            return of(Fer2013Csv.load(Path.of(spec)).report());
        }
        return of(DataSources.manifest(spec, source));
    }

    public static DatasetCounts of(Manifest m) {
        Map<DataSplit, Map<Emotion, Integer>> c = new EnumMap<>(DataSplit.class);
        for (ManifestEntry e : m.entries()) {
            c.computeIfAbsent(e.split(), k -> new EnumMap<>(Emotion.class)).merge(e.label(), 1, Integer::sum);
        }
        return new DatasetCounts(c);
    }

    /** The counts of what a load found. */
    public static DatasetCounts of(LoadReport r) {
        return new DatasetCounts(r.counts());
    }

    public int count(DataSplit split, Emotion label) {
        return perSplit.get(split).get(label);
    }

    /** Per-class counts summed over the given splits (all splits when none given). */
    public Map<Emotion, Integer> counts(DataSplit... splits) {
        List<DataSplit> wanted = splits.length == 0 ? List.of(DataSplit.values()) : List.of(splits);
        Map<Emotion, Integer> out = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            int n = 0;
            for (DataSplit s : wanted) {
                n += count(s, e);
            }
            out.put(e, n);
        }
        return out;
    }

    public int total(DataSplit split) {
        return perSplit.get(split).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int total() {
        return total(DataSplit.TRAIN) + total(DataSplit.TEST);
    }

    /** The classes without a single image in any split, in canonical order. */
    public List<Emotion> absentClasses() {
        return counts().entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }
}
