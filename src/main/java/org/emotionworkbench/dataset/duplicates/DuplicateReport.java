package org.emotionworkbench.dataset.duplicates;

import org.emotionworkbench.dataset.DataSplit;

import java.util.List;
import java.util.Locale;

/**
 * Duplicate groups of one kind ({@code exact} or {@code near}) and the figures that matter for a study: groups within
 * a split, groups across train/test, test images that also occur in train (leaks), and groups with conflicting labels.
 */
public record DuplicateReport(String kind, String definition, List<DuplicateGroup> groups) {
    public DuplicateReport {
        groups = List.copyOf(groups);
    }

    public long groupsWithin(DataSplit split) {
        return groups.stream().filter(g -> g.count(split) >= 2).count();
    }

    public long crossSplitGroups() {
        return groups.stream().filter(DuplicateGroup::crossesSplits).count();
    }

    /** Test images whose group also holds a training image. */
    public long testImagesInTrain() {
        return groups.stream().filter(DuplicateGroup::crossesSplits).mapToLong(g -> g.count(DataSplit.TEST)).sum();
    }

    /** Extra copies: images beyond the first of each group. */
    public long redundantImages() {
        return groups.stream().mapToLong(g -> g.items().size() - 1).sum();
    }

    public long conflictingGroups() {
        return groups.stream().filter(DuplicateGroup::conflicting).count();
    }

    public String summary() {
        return String.format(Locale.ROOT, "%s duplicates (%s): %d group(s) holding %d redundant image(s); %d within train, "
                        + "%d within test, %d across train/test with %d test image(s) also in train; %d group(s) with conflicting labels%n",
                kind, definition, groups.size(), redundantImages(), groupsWithin(DataSplit.TRAIN), groupsWithin(DataSplit.TEST),
                crossSplitGroups(), testImagesInTrain(), conflictingGroups());
    }
}
