package org.emotionworkbench.ui.training;

import org.emotionworkbench.training.Monitor;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingSettingsTest {
    private final TrainingSettings s = new TrainingSettings();

    @Test
    void defaultsSuitTheSampleDataAndBecomeEngineOptions() {
        assertTrue(s.validProperty().get());
        TrainingOptions o = s.validated().options();
        assertEquals(30, o.maxEpochs());
        assertEquals(64, o.batchSize());
        assertEquals(0.001, o.learningRate());
        assertEquals(42, o.seed());
        assertEquals(Monitor.VAL_LOSS, o.earlyStopping().monitor());
        assertEquals(5, o.earlyStopping().patience());
        assertTrue(o.earlyStopping().restoreBestWeights());
        assertNull(o.reduceLr());
    }

    @Test
    void valuesTheEngineRefusesAreExplainedInItsWords() {
        s.epochsProperty().set("0");
        assertFalse(s.validProperty().get());
        assertEquals("Epochs must be at least 1, got 0", s.validated().message());
        s.epochsProperty().set("3");
        s.learningRateProperty().set("-0.1");
        assertEquals("Learning rate must be a positive number, got -0.1", s.validated().message());
    }

    @Test
    void textThatIsNotANumberIsNamedAndEveryProblemIsListed() {
        s.batchSizeProperty().set("sixty");
        s.learningRateProperty().set("0,001");
        s.seedProperty().set("");
        var v = s.validated();
        assertFalse(v.valid());
        assertEquals(3, v.problems().size());
        assertEquals("Batch size: 'sixty' is not a whole number", v.problems().get(0));
        assertTrue(v.problems().get(1).startsWith("Learning rate: '0,001' is not a number"));
        assertEquals("Seed: '' is not a whole number", v.problems().get(2));
    }

    @Test
    void earlyStoppingFieldsCountOnlyWhenItIsOn() {
        s.patienceProperty().set("0");
        assertEquals("Early-stopping patience must be at least 1 epoch, got 0", s.validated().message());
        s.earlyStoppingProperty().set(false);
        assertTrue(s.validProperty().get());
        assertNull(s.validated().options().earlyStopping());
    }

    @Test
    void learningRateReductionIsCheckedAndUsesTheMonitor() {
        s.reduceLrProperty().set(true);
        s.reduceLrFactorProperty().set("1.5");
        assertEquals("LR reduction factor must be in (0, 1), got 1.5", s.validated().message());
        s.reduceLrFactorProperty().set("0.2");
        s.monitorProperty().set(Monitor.VAL_ACCURACY);
        s.minLrProperty().set("1e-5");
        TrainingOptions o = s.validated().options();
        assertEquals(0.2, o.reduceLr().factor());
        assertEquals(1e-5, o.reduceLr().minLr());
        assertEquals(Monitor.VAL_ACCURACY, o.reduceLr().monitor());
        assertEquals(Monitor.VAL_ACCURACY, o.bestMonitor());
    }
}
