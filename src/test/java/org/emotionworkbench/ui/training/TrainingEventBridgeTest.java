package org.emotionworkbench.ui.training;

import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingOutcome;
import org.emotionworkbench.training.StopReason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.emotionworkbench.ui.training.TrainingEventsFixture.batch;
import static org.emotionworkbench.ui.training.TrainingEventsFixture.epoch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingEventBridgeTest {
    private final TrainingProgressModel model = new TrainingProgressModel();
    private final TrainingEventsFixture.QueuedUi ui = new TrainingEventsFixture.QueuedUi();
    private final TrainingEventsFixture.FakeTask task = new TrainingEventsFixture.FakeTask();
    private final TrainingControl control = new TrainingControl();
    private final AtomicLong now = new AtomicLong();
    private final TrainingEventBridge bridge = new TrainingEventBridge(ui, model, task, control, now::get,
            TrainingEventBridge.DEFAULT_INTERVAL_NANOS);

    @Test
    void aThousandBatchesInOneSecondReachTheUiThreadInAtMostSixteenHandOvers() {
        model.reset(1);
        for (int b = 1; b <= 1000; b++) {
            now.addAndGet(1_000_000L); // 1 ms a batch
            bridge.onBatch(batch(1, 1, b, 1000, 2.0));
            ui.runAll(); // a prompt UI thread
        }
        assertTrue(ui.executed <= 1000 / 66 + 2, "hand-overs: " + ui.executed);
        assertTrue(ui.executed >= 10, "but the UI still hears about 15 times a second: " + ui.executed);
        assertEquals(1000, model.batchLoss().size(), "no batch is lost");
        assertEquals(1.0, model.progressProperty().get(), 1e-9, "the epoch's last batch is handed over at once");
    }

    @Test
    void aBusyUiThreadNeverGetsMoreThanOneBatchHandOverQueued() {
        model.reset(1);
        for (int b = 1; b <= 500; b++) {
            now.addAndGet(200_000_000L); // slow batches: each one would be due
            bridge.onBatch(batch(1, 2, b, 1000, 1.0));
        }
        assertEquals(1, ui.pending());
        ui.runAll();
        assertEquals(500, model.batchLoss().size());
        assertEquals(0.25, model.progressProperty().get(), 1e-9);
    }

    @Test
    void epochEventsAreAlwaysHandedOverAfterTheBatchesBeforeThem() {
        model.reset(2);
        bridge.onStart(2, 3, 30, 10);
        for (int b = 1; b <= 2; b++) {
            bridge.onBatch(batch(1, 2, b, 3, 1.0)); // within the interval: only the first is handed over
        }
        bridge.onEpoch(epoch(1, 2, 1.0, 0.4, 1.1, 0.35, true, 1));
        assertTrue(ui.pending() >= 2, "the epoch is queued without waiting for the interval");
        ui.runAll();
        assertEquals(2, model.batchLoss().size());
        assertEquals(List.of(new ChartPoint(1, 0.35)), model.valAccuracy());
        assertEquals(0.5, model.progressProperty().get(), 1e-9, "epoch 1 of 2, after its batches");
    }

    @Test
    void stagesLoadsAndTheFinishAreLoggedInOrder() {
        model.reset(1);
        bridge.stage("loading sample-data");
        bridge.onStart(1, 1, 10, 2);
        bridge.onBatch(batch(1, 1, 1, 1, 1.0));
        bridge.onEpoch(epoch(1, 1, 1.0, 0.4, 1.1, 0.3, true, 1));
        bridge.onFinish(new TrainingOutcome(List.of(), 1, StopReason.COMPLETED, "completed 1 epoch; best epoch 1", 2.0));
        ui.runAll();
        List<String> log = model.log();
        assertTrue(log.get(0).endsWith("loading sample-data"));
        assertTrue(log.get(1).contains("training: 1 epochs at most"));
        assertTrue(log.get(2).contains("epoch 1/1") && log.get(2).contains("*best"));
        assertTrue(log.get(3).endsWith("completed 1 epoch; best epoch 1"));
        assertEquals(1.0, model.progressProperty().get());
    }

    @Test
    void cancellingTheTaskAsksTheTrainerToStopBetweenBatches() {
        bridge.onBatch(batch(1, 1, 1, 5, 1.0));
        assertFalse(control.isStopRequested());
        task.cancelled = true;
        bridge.onBatch(batch(1, 1, 2, 5, 1.0));
        assertTrue(control.isStopRequested());
        assertEquals(0.2, task.lastFraction, 1e-9, "the status bar hears the progress at the hand-over pace");
    }
}
