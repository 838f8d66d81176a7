package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.FillMode;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.ui.DataPreparation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreparationViewModelTest {
    private final ObjectProperty<DataPreparation> context = new SimpleObjectProperty<>(DataPreparation.defaults());
    private final PreparationViewModel vm = new PreparationViewModel(context);

    @Test
    void theDefaultsShowAndEveryValidEditReachesTheContext() {
        assertEquals("0.2", vm.validationFractionProperty().get());
        assertEquals("", vm.messageProperty().get());
        vm.validationFractionProperty().set("0.25");
        vm.consolidateProperty().set(true);
        vm.balancingProperty().set(Balancing.CLASS_WEIGHTS);
        vm.excludeDuplicatesProperty().set(true);
        DataPreparation p = context.get();
        assertEquals(0.25, p.validationFraction());
        assertTrue(p.consolidate());
        assertEquals(Balancing.CLASS_WEIGHTS, p.balancing());
        assertTrue(p.excludeTestDuplicates());
        assertNull(p.augmentation(), "augmentation stays off until turned on");
    }

    @Test
    void thePisaPresetTurnsAugmentationOnWithTheReportsRanges() {
        vm.rotationProperty().set("30");
        vm.applyPisaPreset();
        assertEquals(AugmentationOptions.pisa(), context.get().augmentation());
        assertEquals("10", vm.rotationProperty().get());
        assertEquals("0.15", vm.shearProperty().get());
        vm.horizontalFlipProperty().set(true);
        assertTrue(context.get().augmentation().horizontalFlip());
        vm.fillModeProperty().set(FillMode.REFLECT);
        assertEquals(FillMode.REFLECT, context.get().augmentation().fillMode());
        vm.augmentProperty().set(false);
        assertNull(context.get().augmentation());
        assertEquals("10", vm.rotationProperty().get(), "the ranges are kept while augmentation is off");
    }

    @Test
    void badInputGetsAMessageAndTheContextKeepsTheLastValidPreparation() {
        vm.validationFractionProperty().set("0.3");
        DataPreparation before = context.get();
        vm.validationFractionProperty().set("1.5");
        assertEquals(before, context.get());
        assertTrue(vm.messageProperty().get().startsWith("Validation fraction: validation split must be between 0 and 1"),
                vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("Training uses the last valid settings"));
        vm.validationFractionProperty().set("abc");
        assertTrue(vm.messageProperty().get().startsWith("Validation fraction: 'abc' is not a number"));
        vm.validationFractionProperty().set("0,1");
        assertEquals(0.1, context.get().validationFraction(), 1e-12, "a decimal comma is read too");
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void outOfRangeAugmentationBlocksOnlyWhenAugmentationIsOn() {
        vm.rotationProperty().set("200");
        assertEquals(DataPreparation.defaults(), context.get());
        assertTrue(vm.messageProperty().get().contains("rotationRange (degrees) must be in [0.0, 180.0]"));
        assertTrue(vm.messageProperty().get().contains("Augmentation is off"));
        vm.validationFractionProperty().set("0.3");
        assertEquals(0.3, context.get().validationFraction(), 1e-12, "still saved: augmentation is off");

        vm.augmentProperty().set(true);
        assertNull(context.get().augmentation(), "not turned on with an invalid rotation");
        assertTrue(vm.messageProperty().get().contains("Training uses the last valid settings"));
        vm.rotationProperty().set("20");
        assertEquals(20, context.get().augmentation().rotationRange());
        assertEquals(20, vm.rangesProperty().get().rotationRange());
        vm.zoomProperty().set("");
        assertTrue(vm.messageProperty().get().startsWith("Zoom: enter a number"));
    }

    @Test
    void aMissingCrossDatasetTestSetIsRefusedWithAMessage(@org.junit.jupiter.api.io.TempDir Path tmp) {
        vm.testSpecProperty().set(tmp.resolve("nowhere").toString());
        assertNull(context.get().testSpec());
        assertTrue(vm.messageProperty().get().startsWith("Test set: dataset not found"), vm.messageProperty().get());
        vm.testSpecProperty().set(tmp.toString());
        assertEquals(tmp.toString(), context.get().testSpec());
        vm.testSpecProperty().set("  ");
        assertNull(context.get().testSpec());
    }

    @Test
    void aPreparationSetElsewhereShowsInTheFields() {
        context.set(new DataPreparation(0.1, true, Balancing.AUGMENT_MINORITY,
                new AugmentationOptions(5, 0.1, 0.05, 0.05, 0), false, null));
        assertEquals("0.1", vm.validationFractionProperty().get());
        assertTrue(vm.consolidateProperty().get());
        assertEquals(Balancing.AUGMENT_MINORITY, vm.balancingProperty().get());
        assertTrue(vm.augmentProperty().get());
        assertEquals("5", vm.rotationProperty().get());
        assertEquals("0.05", vm.widthShiftProperty().get());
        assertEquals("0", vm.shearProperty().get());
        assertEquals(0.1, context.get().validationFraction(), 1e-12);
    }
}
