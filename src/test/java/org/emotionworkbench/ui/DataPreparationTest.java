package org.emotionworkbench.ui;

import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.training.Balancing;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataPreparationTest {
    @Test
    void becomesTheEngineDataOptions() {
        DataOptions d = DataPreparation.defaults().withBalancing(Balancing.CLASS_WEIGHTS).withConsolidate(true)
                .withTestSpec("/other").toDataOptions("/train");
        assertEquals("/train", d.trainRoot());
        assertEquals("/other", d.testRoot());
        assertEquals(0.2, d.validationFraction());
        assertTrue(d.consolidate());
        assertEquals(Balancing.CLASS_WEIGHTS, d.balancing());
    }

    @Test
    void rejectsASplitOutsideTheOpenUnitIntervalAndBlankTestMeansNone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataPreparation.defaults().withValidationFraction(1.0));
        assertTrue(e.getMessage().contains("between 0 and 1"));
        assertNull(DataPreparation.defaults().withTestSpec("  ").testSpec());
    }
}
