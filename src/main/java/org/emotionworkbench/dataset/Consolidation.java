package org.emotionworkbench.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges a dataset's train and test parts into one training pool (train first, then test, each in path order). The
 * result has no held-out test part: evaluate it with a {@link StratifiedSplit} validation part instead.
 */
public final class Consolidation {
    private Consolidation() {
    }

    public static LoadedDataset consolidate(LoadedDataset dataset) {
        List<Sample> pool = new ArrayList<>(dataset.train().size() + dataset.test().size());
        pool.addAll(dataset.train());
        pool.addAll(dataset.test());
        return new LoadedDataset(dataset.root(), pool, List.of(), dataset.report());
    }
}
