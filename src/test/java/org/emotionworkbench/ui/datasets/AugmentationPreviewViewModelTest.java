package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.DataSplit;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AugmentationPreviewViewModelTest {
    private final AtomicLong seeds = new AtomicLong(1);
    private final AugmentationPreviewViewModel vm = new AugmentationPreviewViewModel(seeds::getAndIncrement);
    private final FaceItem face = new FaceItem(0,
            Faces.dataset(new int[]{1, 0, 0, 0, 0, 0, 0}, new int[7]).train().get(0), DataSplit.TRAIN);

    @Test
    void twelveAugmentationsOfTheChosenFaceAndReshuffleDrawsOthers() {
        assertTrue(vm.images().isEmpty());
        vm.faceProperty().set(face);
        assertEquals(AugmentationPreviewViewModel.COUNT, vm.images().size());
        float[] first = vm.images().get(0).clone();
        assertFalse(Arrays.equals(face.sample().pixels(), first), "the Pisa ranges change pixels");
        assertFalse(Arrays.equals(vm.images().get(0), vm.images().get(1)), "each copy is its own transform");
        vm.reshuffle();
        assertFalse(Arrays.equals(first, vm.images().get(0)));
        assertTrue(vm.descriptionProperty().get().startsWith("rotation ±10°, zoom ±0.15, width shift ±0.1"));
    }

    @Test
    void zeroRangesGiveTheOriginal() {
        vm.faceProperty().set(face);
        vm.optionsProperty().set(AugmentationOptions.none());
        for (float[] img : vm.images()) {
            assertArrayEquals(face.sample().pixels(), img);
        }
        assertTrue(vm.descriptionProperty().get().startsWith("All ranges are 0"));
    }
}
