package org.emotionworkbench.dataset.manifest;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset as a list of files with labels and splits, plus where it came from ({@code origin}: one line per step,
 * e.g. "scanned /data/fer2013", "matched per class to ..., seed 42"). Manifests compose without copying images.
 * Entries are kept sorted by path; a file may appear only once.
 */
public record Manifest(List<String> origin, List<ManifestEntry> entries) {
    public Manifest {
        origin = List.copyOf(origin);
        List<ManifestEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(e -> e.file().toString()));
        Map<Path, ManifestEntry> seen = new HashMap<>();
        List<String> dups = new ArrayList<>();
        for (ManifestEntry e : sorted) {
            if (seen.put(e.file(), e) != null && dups.size() < 5) {
                dups.add(e.file().toString());
            }
        }
        if (!dups.isEmpty()) {
            throw new DatasetException("a manifest lists each file once; listed more than once: " + String.join(", ", dups));
        }
        entries = List.copyOf(sorted);
    }

    /** The same entries with one more origin line. */
    public Manifest withOrigin(String step) {
        List<String> o = new ArrayList<>(origin);
        o.add(step);
        return new Manifest(o, entries);
    }

    public List<ManifestEntry> entries(DataSplit split) {
        return entries.stream().filter(e -> e.split() == split).toList();
    }

    /** Per-class counts over the given splits (all splits when none given). */
    public Map<Emotion, Integer> counts(DataSplit... splits) {
        List<DataSplit> wanted = splits.length == 0 ? List.of(DataSplit.values()) : List.of(splits);
        Map<Emotion, Integer> c = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            c.put(e, 0);
        }
        for (ManifestEntry e : entries) {
            if (wanted.contains(e.split())) {
                c.merge(e.label(), 1, Integer::sum);
            }
        }
        return c;
    }

    public int size() {
        return entries.size();
    }
}
