package org.emotionworkbench.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UiScaleTest {
    @Test
    void zoomingInWalksTheStepsUpTo200AndStaysThere() {
        UiScale scale = new UiScale(null);
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seen.add(scale.percent());
            scale.zoomIn();
        }
        assertEquals(List.of(100, 110, 125, 150, 175, 200, 200), seen);
        assertFalse(scale.canZoomIn());
        assertTrue(scale.canZoomOut());
    }

    @Test
    void zoomingOutStopsAt100AndResetReturnsThere() {
        UiScale scale = new UiScale(175);
        scale.zoomOut();
        assertEquals(150, scale.percent());
        scale.reset();
        assertEquals(100, scale.percent());
        scale.zoomOut();
        assertEquals(100, scale.percent());
        assertFalse(scale.canZoomOut());
    }

    @Test
    void aRememberedValueOffTheStepsSnapsToTheNearestStep() {
        assertEquals(125, new UiScale(130).percent());
        assertEquals(200, new UiScale(500).percent());
        assertEquals(100, new UiScale(20).percent());
    }

    @Test
    void theRootFontSizeGrowsWithTheScale() {
        UiScale scale = new UiScale(150);
        assertEquals(19.5, scale.fontSizePx(), 1e-9);
        assertEquals("-fx-font-size: 19.50px;", scale.rootStyleBinding().get());
        assertEquals("150 %", scale.labelBinding().get());
        scale.set(100);
        assertEquals("-fx-font-size: 13.00px;", scale.rootStyleBinding().get());
    }
}
