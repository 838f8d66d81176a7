package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {
    private static List<Sample> samples(int... perClass) {
        List<Sample> out = new ArrayList<>();
        for (int c = 0; c < perClass.length; c++) {
            for (int i = 0; i < perClass[c]; i++) {
                out.add(new Sample(Emotion.values()[c] + "/" + i, Emotion.values()[c], new float[ImageGeometry.PIXELS]));
            }
        }
        return out;
    }

    private static long count(List<Sample> s, Emotion e) {
        return s.stream().filter(x -> x.label() == e).count();
    }

    @Test
    void proportionsPerClass() {
        List<Sample> all = samples(100, 11, 3, 2, 1, 0, 50);
        StratifiedSplit.Split split = StratifiedSplit.split(all, 0.2, 42);
        assertEquals(20, count(split.validation(), Emotion.ANGRY));
        assertEquals(2, count(split.validation(), Emotion.DISGUST)); // round(2.2)
        assertEquals(1, count(split.validation(), Emotion.FEAR));    // round(0.6)
        assertEquals(1, count(split.validation(), Emotion.HAPPY));   // at least one each side
        assertEquals(1, count(split.train(), Emotion.HAPPY));
        assertEquals(0, count(split.validation(), Emotion.NEUTRAL)); // a single sample stays in training
        assertEquals(10, count(split.validation(), Emotion.SURPRISE));
        assertEquals(all.size(), split.train().size() + split.validation().size());
        Set<String> seen = new HashSet<>();
        split.train().forEach(s -> seen.add(s.source()));
        split.validation().forEach(s -> assertEquals(true, seen.add(s.source())));
        assertEquals(1, count(StratifiedSplit.split(samples(5, 5), 0.01, 1).validation(), Emotion.ANGRY));
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        List<Sample> all = samples(40, 40, 40);
        List<String> a = StratifiedSplit.split(all, 0.25, 7).validation().stream().map(Sample::source).toList();
        List<String> b = StratifiedSplit.split(all, 0.25, 7).validation().stream().map(Sample::source).toList();
        List<String> c = StratifiedSplit.split(all, 0.25, 8).validation().stream().map(Sample::source).toList();
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(all.stream().filter(s -> !a.contains(s.source())).toList(),
                StratifiedSplit.split(all, 0.25, 7).train()); // train keeps input order
        assertEquals(96, StratifiedSplit.split(all, 7).train().size()); // default fraction 0.2
    }

    @Test
    void rejectsBadFraction() {
        assertThrows(IllegalArgumentException.class, () -> StratifiedSplit.split(samples(3), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> StratifiedSplit.split(samples(3), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> StratifiedSplit.split(samples(3), Double.NaN, 1));
    }

    @Test
    void consolidationMergesTrainAndTest() {
        List<Sample> tr = samples(2);
        List<Sample> te = samples(0, 3);
        LoadReport report = new LoadReport(Path.of("/r"), DatasetLayout.TRAIN_TEST, java.util.Map.of(), List.of(),
                List.of(), IgnoredFiles.NONE, 5, 0);
        LoadedDataset merged = Consolidation.consolidate(new LoadedDataset(Path.of("/r"), tr, te, report));
        assertEquals(5, merged.train().size());
        assertEquals(List.of(), merged.test());
    }
}
