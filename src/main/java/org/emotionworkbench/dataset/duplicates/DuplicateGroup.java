package org.emotionworkbench.dataset.duplicates;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Images that are the same (exact) or look the same (near), in path order. */
public record DuplicateGroup(List<DuplicateFinder.Item> items) {
    public DuplicateGroup {
        items = List.copyOf(items);
    }

    public Set<Emotion> labels() {
        Set<Emotion> s = EnumSet.noneOf(Emotion.class);
        items.forEach(i -> s.add(i.label()));
        return s;
    }

    public boolean conflicting() {
        return labels().size() > 1;
    }

    public boolean crossesSplits() {
        return items.stream().anyMatch(i -> i.split() == DataSplit.TRAIN) && items.stream().anyMatch(i -> i.split() == DataSplit.TEST);
    }

    public long count(DataSplit split) {
        return items.stream().filter(i -> i.split() == split).count();
    }
}
