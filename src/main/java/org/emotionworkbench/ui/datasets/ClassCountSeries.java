package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.Emotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One bar series of the class chart: a name ("fer2013 · train"), the value per class in {@link Emotion} order (count,
 * or percent of the series' total) and the raw counts (for tooltips).
 */
public record ClassCountSeries(String name, List<Double> values, List<Integer> counts, boolean percent) {
    public ClassCountSeries {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        counts = List.copyOf(counts);
        if (values.size() != Emotion.COUNT || counts.size() != Emotion.COUNT) {
            throw new IllegalArgumentException("a class series has " + Emotion.COUNT + " values");
        }
    }

    public static ClassCountSeries of(String name, Map<Emotion, Integer> counts, boolean percent) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Double> v = new ArrayList<>();
        List<Integer> c = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
            int n = counts.getOrDefault(e, 0);
            c.add(n);
            v.add(percent ? (total == 0 ? 0.0 : 100.0 * n / total) : n);
        }
        return new ClassCountSeries(name, v, c, percent);
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    public double value(Emotion e) {
        return values.get(e.ordinal());
    }

    /** A tooltip line for one bar. */
    public String describe(Emotion e) {
        int n = counts.get(e.ordinal());
        int t = total();
        return String.format(java.util.Locale.ROOT, "%s, %s: %,d of %,d (%.1f %%)", name, e, n, t, t == 0 ? 0.0 : 100.0 * n / t);
    }
}
