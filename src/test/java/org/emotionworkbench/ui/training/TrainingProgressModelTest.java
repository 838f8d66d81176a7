package org.emotionworkbench.ui.training;

import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.training.StopReason;
import org.emotionworkbench.training.TrainingOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.emotionworkbench.ui.training.TrainingEventsFixture.batch;
import static org.emotionworkbench.ui.training.TrainingEventsFixture.epoch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingProgressModelTest {
    private final TrainingProgressModel m = new TrainingProgressModel();

    @Test
    void epochsBecomeChartPointsOfEachSeries() {
        m.reset(10);
        m.epoch(epoch(1, 10, 1.9, 0.2, 1.8, 0.25, true, 1));
        m.epoch(epoch(2, 10, 1.5, 0.4, 1.6, 0.38, true, 2));
        assertEquals(List.of(new ChartPoint(1, 0.2), new ChartPoint(2, 0.4)), m.trainAccuracy());
        assertEquals(List.of(new ChartPoint(1, 0.25), new ChartPoint(2, 0.38)), m.valAccuracy());
        assertEquals(List.of(new ChartPoint(1, 1.9), new ChartPoint(2, 1.5)), m.trainLoss());
        assertEquals(List.of(new ChartPoint(1, 1.8), new ChartPoint(2, 1.6)), m.valLoss());
        assertEquals(List.of(new ChartPoint(1, 1e-3), new ChartPoint(2, 1e-3)), m.learningRate());
        assertEquals(0.2, m.progressProperty().get(), 1e-12);
        assertTrue(m.etaProperty().get().startsWith("ETA 0:08"), m.etaProperty().get());
    }

    @Test
    void theBestEpochIsMarkedAndTheMarkMovesWhenABetterOneComes() {
        m.reset(5);
        m.epoch(epoch(1, 5, 2.0, 0.2, 1.8, 0.25, true, 1));
        m.epoch(epoch(2, 5, 1.5, 0.4, 1.2, 0.45, true, 2));
        m.epoch(epoch(3, 5, 1.2, 0.5, 1.4, 0.40, false, 2));
        assertEquals(2, m.bestEpochProperty().get());
        assertEquals(List.of(new ChartPoint(2, 0), new ChartPoint(2, 1)), m.bestAccuracyMark());
        assertEquals(List.of(new ChartPoint(2, 0), new ChartPoint(2, 2.0)), m.bestLossMark(),
                "the loss mark spans up to the highest loss so far");
        assertEquals("Best epoch: 2 (val_loss 1.2000, val_accuracy 0.4500)", m.bestEpochTextProperty().get());
        m.epoch(epoch(4, 5, 1.0, 0.6, 1.1, 0.5, true, 4));
        assertEquals(List.of(new ChartPoint(4, 0), new ChartPoint(4, 1)), m.bestAccuracyMark());
    }

    @Test
    void nonFiniteValuesAreNotDrawn() {
        m.reset(3);
        m.epoch(epoch(1, 3, Double.NaN, 0.1, Double.POSITIVE_INFINITY, 0.1, false, 0));
        assertTrue(m.trainLoss().isEmpty());
        assertTrue(m.valLoss().isEmpty());
        assertEquals(1, m.valAccuracy().size());
        assertTrue(m.bestAccuracyMark().isEmpty(), "no best epoch, no mark");
    }

    @Test
    void batchesArePlacedOnTheEpochAxisAndDriveProgressAndStatus() {
        m.reset(2);
        m.batches(List.of(batch(1, 2, 1, 4, 2.0), batch(1, 2, 2, 4, 1.8), batch(2, 2, 2, 4, 1.0)));
        assertEquals(List.of(new ChartPoint(0.25, 2.0), new ChartPoint(0.5, 1.8), new ChartPoint(1.5, 1.0)),
                m.batchLoss());
        assertEquals(0.75, m.progressProperty().get(), 1e-12);
        assertTrue(m.statusProperty().get().startsWith("Epoch 2/2 · batch 2/4"), m.statusProperty().get());
    }

    @Test
    void aFinishedRunFitsTheEpochAxisToTheEpochsRun() {
        m.reset(50);
        assertEquals(50, m.epochAxisProperty().get());
        EpochMetrics e1 = new EpochMetrics(1, 1, 0.5, 1, 0.5, 1e-3, 1);
        EpochMetrics e2 = new EpochMetrics(2, 1, 0.5, 1, 0.5, 1e-3, 1);
        m.finished(new TrainingOutcome(List.of(e1, e2), 1, StopReason.EARLY_STOPPED, "early stopping after epoch 2", 3));
        assertEquals(2, m.epochAxisProperty().get());
        assertEquals(1.0, m.progressProperty().get());
        assertEquals("early stopping after epoch 2", m.statusProperty().get());
    }

    @Test
    void resetClearsTheLastRunAndStartsAtZero() {
        m.reset(2);
        m.epoch(epoch(1, 2, 1, 0.5, 1, 0.5, true, 1));
        m.reset(3);
        assertTrue(m.trainAccuracy().isEmpty() && m.bestLossMark().isEmpty() && m.log().isEmpty());
        assertEquals(0, m.progressProperty().get());
        assertEquals("Best epoch: –", m.bestEpochTextProperty().get());
        assertEquals(3, m.epochAxisProperty().get());
    }

    @Test
    void theLogKeepsOnlyTheNewestLines() {
        for (int i = 0; i < TrainingProgressModel.MAX_LOG_LINES + 10; i++) {
            m.log("line " + i);
        }
        assertEquals(TrainingProgressModel.MAX_LOG_LINES, m.log().size());
        assertTrue(m.log().get(0).endsWith("line 10"));
    }
}
