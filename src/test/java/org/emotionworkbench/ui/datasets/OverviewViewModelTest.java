package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetCounts;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverviewViewModelTest {
    private final OverviewViewModel vm = new OverviewViewModel();

    private static DatasetCounts trainOnly(int... perClass) {
        Map<Emotion, Integer> m = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            m.put(e, perClass[e.ordinal()]);
        }
        return new DatasetCounts(Map.of(DataSplit.TRAIN, m));
    }

    @Test
    void theLoadedDatasetGivesOneSeriesPerSplitInClassOrder() {
        vm.show(Faces.dataset(new int[]{3, 1, 2, 5, 4, 2, 1}, new int[]{1, 0, 1, 2, 1, 1, 0}), "faces");
        assertEquals(List.of("faces · train", "faces · test"), vm.series().stream().map(ClassCountSeries::name).toList());
        assertEquals(List.of(3, 1, 2, 5, 4, 2, 1), vm.series().get(0).counts());
        assertEquals(List.of(3.0, 1.0, 2.0, 5.0, 4.0, 2.0, 1.0), vm.series().get(0).values());
        assertEquals(List.of(1, 0, 1, 2, 1, 1, 0), vm.series().get(1).counts());
        assertEquals("Layout: train/test · train 18 · test 6 · skipped: 1 file(s), 1 folder(s)", vm.summaryProperty().get());
        assertTrue(vm.reportProperty().get().contains("not one of the 7 classes"));
        assertTrue(vm.reportProperty().get().contains("cannot decode: not an image"));
    }

    @Test
    void comparisonDatasetsAddSeriesAndPercentNormalisesEachSeries() {
        vm.show(Faces.dataset(new int[]{2, 2, 2, 2, 2, 0, 0}, new int[]{0, 0, 0, 0, 0, 0, 0}), "real");
        vm.addComparison(new ComparisonEntry("synthetic", "/s", trainOnly(28, 0, 0, 28, 28, 28, 28)));
        vm.addComparison(new ComparisonEntry("synthetic", "/s2", trainOnly(1, 0, 0, 0, 0, 0, 0)));
        assertEquals(List.of("real · train", "synthetic · train", "synthetic (2) · train"),
                vm.series().stream().map(ClassCountSeries::name).toList());

        vm.percentProperty().set(true);
        assertEquals(List.of(20.0, 20.0, 20.0, 20.0, 20.0, 0.0, 0.0), vm.series().get(0).values());
        assertEquals(20.0, vm.series().get(1).value(Emotion.SAD), 1e-9);
        assertEquals(100.0, vm.series().get(2).value(Emotion.ANGRY), 1e-9);
        assertEquals(List.of(28, 0, 0, 28, 28, 28, 28), vm.series().get(1).counts(), "counts stay for tooltips");
        assertEquals("synthetic · train, happy: 28 of 140 (20.0 %)", vm.series().get(1).describe(Emotion.HAPPY));

        vm.comparisons().remove(1);
        vm.percentProperty().set(false);
        assertEquals(2, vm.series().size());
        assertEquals(2.0, vm.series().get(0).value(Emotion.ANGRY), 1e-9);
    }

    @Test
    void addingTheSameDatasetAgainRefreshesItInsteadOfListingItTwice() {
        vm.show(Faces.dataset(new int[]{2, 2, 2, 2, 2, 0, 0}, new int[7]), "real");
        vm.addComparison(new ComparisonEntry("synthetic", "/s", trainOnly(28, 0, 0, 28, 28, 28, 28)));
        vm.addComparison(new ComparisonEntry("synthetic", "/s", trainOnly(30, 0, 0, 28, 28, 28, 28)));
        assertEquals(1, vm.comparisons().size());
        assertEquals(List.of("real · train", "synthetic · train"), vm.series().stream().map(ClassCountSeries::name).toList());
        assertEquals(30, vm.series().get(1).counts().get(0));
    }

    @Test
    void theSummaryAndTheComparisonListSayWhichClassesEachDatasetLacks() {
        vm.show(Faces.dataset(new int[]{3, 1, 2, 5, 4, 2, 1}, new int[]{0, 0, 0, 0, 0, 0, 0}), "fer");
        vm.addComparison(new ComparisonEntry("sd-faces", "/s", trainOnly(28, 0, 0, 28, 28, 28, 28)));
        vm.addComparison(new ComparisonEntry("empty", "/e", trainOnly(0, 0, 0, 0, 0, 0, 0)));

        assertEquals("Layout: train/test · train 18 · skipped: 1 file(s), 1 folder(s)", vm.summaryProperty().get());
        assertEquals(List.of("sd-faces (140 images; no disgust, fear)", "empty (0 images; no images)"),
                vm.comparisons().stream().map(ComparisonEntry::describe).toList());

        vm.show(Faces.dataset(new int[]{2, 0, 2, 2, 2, 0, 0}, new int[]{1, 0, 0, 1, 1, 0, 1}), "partial");
        assertEquals("Layout: train/test · train 8 · test 4 · skipped: 1 file(s), 1 folder(s) · no disgust, sad",
                vm.summaryProperty().get());
    }

    @Test
    void noDatasetMeansNoSeries() {
        vm.show(null, "");
        assertEquals(0, vm.series().size());
        assertEquals("No dataset loaded.", vm.summaryProperty().get());
    }

    @Test
    void aComparisonNamedLikeTheLoadedDatasetGetsItsOwnSeriesName() {
        vm.addComparison(new ComparisonEntry("faces", "/a/faces", trainOnly(1, 1, 1, 1, 1, 1, 1)));
        vm.show(Faces.dataset(new int[]{2, 2, 2, 2, 2, 2, 2}, new int[7]), "faces");
        assertEquals(List.of("faces · train", "faces (2) · train"), vm.series().stream().map(ClassCountSeries::name).toList());
    }

    @Test
    void datasetNamesAreTheFolderOrFileNameWithTheParentBeforeGenericNames() {
        assertEquals("fer2013", OpenDatasetViewModel.displayName(java.nio.file.Path.of("/d/fer2013")));
        assertEquals("mix25", OpenDatasetViewModel.displayName(java.nio.file.Path.of("/d/mix25.json")));
        assertEquals("sd-emotion-faces/faces", OpenDatasetViewModel.displayName(java.nio.file.Path.of("/d/sd-emotion-faces/faces")));
    }
}
