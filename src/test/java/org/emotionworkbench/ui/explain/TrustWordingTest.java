package org.emotionworkbench.ui.explain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrustWordingTest {
    @Test
    void aNegativeDropIsSaidAsARiseNeverAsMinus() {
        assertEquals("Trust -0.04: blurring the hottest 20 % of pixels raises p(happy) by 0.06, random pixels lowers it by 0.02.",
                TrustWording.describe(-0.04, "happy", -0.06, 0.02));
        assertEquals("Trust +0.30: blurring the hottest 20 % of pixels lowers p(sad) by 0.40, random pixels leaves it as it is.",
                TrustWording.describe(0.30, "sad", 0.40, 0.001));
    }
}
