package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaceGridViewModelTest {
    private final FaceGridViewModel vm = new FaceGridViewModel();

    @Test
    void allFacesAreShownUntilFilteredByClassAndSplit() {
        vm.show(Faces.dataset(new int[]{3, 1, 2, 5, 4, 2, 1}, new int[]{1, 0, 1, 2, 1, 1, 0}));
        assertEquals(24, vm.shown().size());
        assertEquals("24 of 24 faces (all classes, all splits)", vm.countProperty().get());

        vm.classFilterProperty().set(Emotion.HAPPY);
        assertEquals(7, vm.shown().size());
        assertTrue(vm.shown().stream().allMatch(f -> f.sample().label() == Emotion.HAPPY));

        vm.splitFilterProperty().set(DataSplit.TEST);
        assertEquals(2, vm.shown().size());
        assertTrue(vm.shown().stream().allMatch(f -> f.split() == DataSplit.TEST && f.sample().label() == Emotion.HAPPY));
        assertEquals("2 of 24 faces (happy, test split)", vm.countProperty().get());

        vm.classFilterProperty().set(null);
        assertEquals(6, vm.shown().size());
        vm.classFilterProperty().set(Emotion.DISGUST);
        assertEquals(0, vm.shown().size());
        assertEquals("0 of 24 faces (disgust, test split)", vm.countProperty().get());
    }

    @Test
    void aSelectedFaceThatIsFilteredOutIsDeselectedAndANewDatasetClearsTheSelection() {
        vm.show(Faces.dataset(new int[]{2, 2, 2, 2, 2, 2, 2}, new int[]{1, 1, 1, 1, 1, 1, 1}));
        FaceItem sad = vm.shown().stream().filter(f -> f.sample().label() == Emotion.SAD).findFirst().orElseThrow();
        vm.selectedProperty().set(sad);
        vm.classFilterProperty().set(Emotion.SAD);
        assertEquals(sad, vm.selectedProperty().get());
        vm.classFilterProperty().set(Emotion.ANGRY);
        assertNull(vm.selectedProperty().get());

        vm.classFilterProperty().set(null);
        vm.selectedProperty().set(vm.shown().get(0));
        vm.show(null);
        assertNull(vm.selectedProperty().get());
        assertEquals("No faces.", vm.countProperty().get());
    }

    @Test
    void facesAreNumberedTrainFirstThenTest() {
        vm.show(Faces.dataset(new int[]{1, 0, 0, 0, 0, 0, 0}, new int[]{0, 0, 0, 1, 0, 0, 0}));
        assertEquals(0, vm.shown().get(0).index());
        assertEquals(DataSplit.TRAIN, vm.shown().get(0).split());
        assertEquals(1, vm.shown().get(1).index());
        assertEquals(DataSplit.TEST, vm.shown().get(1).split());
        assertTrue(vm.shown().get(1).describe().startsWith("happy · test\n/data/faces/test/happy/0.png"));
    }
}
