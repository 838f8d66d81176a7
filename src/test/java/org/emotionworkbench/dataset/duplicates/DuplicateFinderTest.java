package org.emotionworkbench.dataset.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetLayout;
import org.emotionworkbench.dataset.IgnoredFiles;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadReport;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private static float[] face(int seed) {
        float[] p = new float[48 * 48];
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < p.length; i++) {
            p[i] = r.nextInt(256) / 255f;
        }
        return p;
    }

    private static LoadedDataset dataset(List<Sample> train, List<Sample> test) {
        LoadReport report = new LoadReport(Path.of("/x"), DatasetLayout.TRAIN_TEST, java.util.Map.of(), List.of(), List.of(), IgnoredFiles.NONE, 0, 0);
        return new LoadedDataset(Path.of("/x"), train, test, report);
    }

    @Test
    void plantedExactDuplicatesLeaksAndLabelConflictsAreFound() {
        float[] a = face(1);
        float[] b = face(2);
        List<Sample> train = List.of(new Sample("t1", Emotion.HAPPY, a), new Sample("t2", Emotion.HAPPY, a.clone()),
                new Sample("t3", Emotion.SAD, b), new Sample("t4", Emotion.FEAR, face(3)));
        List<Sample> test = List.of(new Sample("s1", Emotion.ANGRY, b.clone()), new Sample("s2", Emotion.FEAR, face(4)));
        DuplicateReport r = DuplicateFinder.exact(dataset(train, test), DuplicateFinder.ExactBy.PIXELS);
        assertEquals(2, r.groups().size());
        assertEquals(1, r.groupsWithin(DataSplit.TRAIN));
        assertEquals(1, r.crossSplitGroups());
        assertEquals(1, r.testImagesInTrain());
        assertEquals(1, r.conflictingGroups());
        assertEquals(java.util.Set.of("t3"), DuplicateFinder.trainSourcesDuplicatingTest(dataset(train, test)));
    }

    @Test
    void nearDuplicatesSurviveASmallBrightnessShiftButDistinctFacesDoNotGroup() {
        float[] a = face(5);
        float[] brighter = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            brighter[i] = Math.min(1f, a[i] + 0.02f);
        }
        List<Sample> train = List.of(new Sample("a", Emotion.HAPPY, a), new Sample("b", Emotion.HAPPY, brighter),
                new Sample("c", Emotion.HAPPY, face(6)));
        LoadedDataset ds = dataset(train, List.of());
        assertEquals(0, DuplicateFinder.exact(ds, DuplicateFinder.ExactBy.PIXELS).groups().size());
        DuplicateReport near = DuplicateFinder.near(ds, 4);
        assertEquals(1, near.groups().size());
        assertEquals(List.of("a", "b"), near.groups().get(0).items().stream().map(DuplicateFinder.Item::source).toList());
        assertTrue(PerceptualHash.distance(PerceptualHash.of(a), PerceptualHash.of(face(6))) > 4);
    }
}
