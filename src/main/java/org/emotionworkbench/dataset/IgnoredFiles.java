package org.emotionworkbench.dataset;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Files a scan passed over because they are not images (by extension) or are hidden: how many, and the first
 * {@link #NAMED} of them by path, so a report can say what they were without growing with the dataset.
 */
public record IgnoredFiles(int count, List<Path> firstNames) {
    /** At most this many ignored files are named. */
    public static final int NAMED = 50;
    public static final IgnoredFiles NONE = new IgnoredFiles(0, List.of());

    public IgnoredFiles {
        firstNames = List.copyOf(firstNames);
        if (firstNames.size() > NAMED) {
            throw new IllegalArgumentException("at most " + NAMED + " ignored files are named, got " + firstNames.size());
        }
        if (count < firstNames.size()) {
            throw new IllegalArgumentException("count " + count + " is below the " + firstNames.size() + " named files");
        }
    }

    /** Ignored files counted but not named. */
    public int unnamed() {
        return count - firstNames.size();
    }

    /** Collects ignored files in any order, keeping the count and the first {@link #NAMED} by path. */
    public static final class Tally {
        private final TreeSet<Path> first = new TreeSet<>(Comparator.comparing(Path::toString));
        private int count;

        public void add(Path file) {
            count++;
            first.add(file);
            if (first.size() > NAMED) {
                first.pollLast();
            }
        }

        public IgnoredFiles result() {
            return new IgnoredFiles(count, List.copyOf(first));
        }
    }
}
