package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AugmentationOptionsTest {

    @Test
    void pisaPresetHasTheReferenceRanges() {
        AugmentationOptions p = AugmentationOptions.pisa();
        assertEquals(10, p.rotationRange());
        assertEquals(0.15, p.zoomRange());
        assertEquals(0.1, p.widthShiftRange());
        assertEquals(0.1, p.heightShiftRange());
        assertEquals(0.15, p.shearRange());
        assertFalse(p.horizontalFlip() || p.verticalFlip());
        assertEquals(FillMode.NEAREST, p.fillMode());
        assertFalse(p.isIdentity());
        assertTrue(AugmentationOptions.none().isIdentity());
    }

    @Test
    void rejectsInvalidRangesWithAMessageNamingTheSetting() {
        var e = assertThrows(IllegalArgumentException.class, () -> new AugmentationOptions(-1, 0, 0, 0, 0));
        assertTrue(e.getMessage().contains("rotationRange"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AugmentationOptions(0, 1.0, 0, 0, 0));
        assertTrue(e.getMessage().contains("zoomRange"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AugmentationOptions(0, 0, Double.NaN, 0, 0));
        assertTrue(e.getMessage().contains("widthShiftRange"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AugmentationOptions(0, 0, 0, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new AugmentationOptions(0, 0, 0, 0, 90));
        assertThrows(IllegalArgumentException.class, () -> AugmentationOptions.none().withFill(FillMode.CONSTANT, 2f));
        assertThrows(IllegalArgumentException.class, () -> new AffineParams(0, 0, 0, 0, 0, 1, false, false));
    }

    @Test
    void parsesKerasFillModeNames() {
        assertEquals(FillMode.NEAREST, FillMode.fromKerasName("nearest"));
        assertEquals(FillMode.WRAP, FillMode.fromKerasName(" Wrap "));
        assertThrows(IllegalArgumentException.class, () -> FillMode.fromKerasName("mirror"));
    }
}
