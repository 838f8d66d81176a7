package org.emotionworkbench.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels a list can show without two lines reading the same: a label shared by several entries gets each entry's
 * folder name added ("fer2013 · pisa · s42 (pisa-fer-2)"), and if even that repeats, its position ("#2").
 */
public final class DistinctLabels {
    private DistinctLabels() {
    }

    /** {@code labels.get(i)} made distinct with {@code folders.get(i)}; same order and size. */
    public static List<String> of(List<String> labels, List<String> folders) {
        if (labels.size() != folders.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + folders.size() + " folders");
        }
        Map<String, Integer> count = new HashMap<>();
        labels.forEach(l -> count.merge(l, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            String shown = count.get(l) > 1 && !l.equals(folders.get(i)) ? l + " (" + folders.get(i) + ")" : l;
            int n = seen.merge(shown, 1, Integer::sum);
            out.add(n > 1 ? shown + " #" + n : shown);
        }
        return out;
    }
}
