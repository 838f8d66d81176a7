package org.emotionworkbench.training;

import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {
    private static TrainingData data;

    @BeforeAll
    static void makeData() {
        data = new TrainingData(SpotFaces.make(20, 1), SpotFaces.make(6, 2));
    }

    private static TrainedModel train(TrainingOptions options, TrainingListener... listeners) {
        Trainer trainer = new Trainer(options);
        for (TrainingListener l : listeners) {
            trainer.listener(l);
        }
        return trainer.train(Presets.get("tiny"), data);
    }

    @Test
    void tinyModelLearnsSpotPositionsWellAboveChance() {
        TrainingOutcome outcome = train(TrainingOptions.of(6, 16, 3e-3, 7)).outcome();
        assertEquals(StopReason.COMPLETED, outcome.stopReason());
        assertEquals(6, outcome.history().size());
        EpochMetrics best = outcome.best();
        assertTrue(best.valAccuracy() > 0.6, "validation accuracy " + best.valAccuracy());
        EpochMetrics last = outcome.history().get(5);
        assertTrue(last.accuracy() > 0.3, "training accuracy is measured in the forward pass: " + last.accuracy());
        assertTrue(last.loss() < outcome.history().get(0).loss(), "loss falls");
    }

    @Test
    void sameSeedGivesIdenticalHistory() {
        TrainingOptions options = TrainingOptions.of(2, 16, 1e-3, 11);
        List<EpochMetrics> a = train(options).outcome().history();
        List<EpochMetrics> b = train(options).outcome().history();
        for (int i = 0; i < a.size(); i++) {
            EpochMetrics x = a.get(i);
            EpochMetrics y = b.get(i);
            assertEquals(x.loss(), y.loss());
            assertEquals(x.accuracy(), y.accuracy());
            assertEquals(x.valLoss(), y.valLoss());
            assertEquals(x.valAccuracy(), y.valAccuracy());
        }
    }

    @Test
    void earlyStoppingEndsWhenNothingImprovesByMinDelta() {
        TrainingOptions options = TrainingOptions.of(10, 32, 1e-3, 3)
                .withEarlyStopping(new EarlyStopping(Monitor.VAL_LOSS, 2, 100.0, true));
        TrainingOutcome outcome = train(options).outcome();
        assertEquals(StopReason.EARLY_STOPPED, outcome.stopReason());
        assertEquals(3, outcome.history().size());
        assertEquals(1, outcome.bestEpoch());
    }

    @Test
    void learningRateIsReducedOnPlateau() {
        TrainingOptions options = TrainingOptions.of(3, 32, 1e-3, 3)
                .withReduceLr(new ReduceLrOnPlateau(Monitor.VAL_LOSS, 0.5, 1, 100.0, 0.0));
        List<EpochMetrics> h = train(options).outcome().history();
        assertEquals(1e-3, h.get(0).learningRate(), 1e-12);
        assertEquals(1e-3, h.get(1).learningRate(), 1e-12);
        assertEquals(5e-4, h.get(2).learningRate(), 1e-12);
    }

    @Test
    void stopRequestEndsTheRunBetweenBatches() {
        TrainingControl control = new TrainingControl();
        List<BatchProgress> batches = new ArrayList<>();
        Trainer trainer = new Trainer(TrainingOptions.of(5, 8, 1e-3, 3)).control(control)
                .listener(new TrainingListener() {
                    @Override
                    public void onBatch(BatchProgress progress) {
                        batches.add(progress);
                        if (batches.size() == 3) {
                            control.requestStop();
                        }
                    }
                });
        TrainingOutcome outcome = trainer.train(Presets.get("tiny"), data).outcome();
        assertEquals(StopReason.CANCELLED, outcome.stopReason());
        assertEquals(3, batches.size());
        assertTrue(outcome.history().isEmpty());
    }

    @Test
    void absurdLearningRateStopsWithADivergenceMessage() {
        TrainingOutcome outcome = train(TrainingOptions.of(3, 32, 1e12, 3)).outcome();
        assertEquals(StopReason.DIVERGED, outcome.stopReason());
        assertTrue(outcome.message().contains("lower learning rate") || outcome.message().contains("validation loss"),
                outcome.message());
    }

    @Test
    void progressEventsCoverEveryBatchAndEpoch(@TempDir Path dir) throws Exception {
        List<BatchProgress> batches = new ArrayList<>();
        List<EpochResult> epochs = new ArrayList<>();
        Path checkpoint = dir.resolve("model.zip");
        Trainer trainer = new Trainer(TrainingOptions.of(2, 32, 1e-3, 3)).checkpoint(checkpoint)
                .listener(new TrainingListener() {
                    @Override
                    public void onBatch(BatchProgress p) {
                        batches.add(p);
                    }

                    @Override
                    public void onEpoch(EpochResult r) {
                        epochs.add(r);
                    }
                });
        trainer.train(Presets.get("tiny"), data);
        int perEpoch = (data.train().size() + 31) / 32;
        assertEquals(2 * perEpoch, batches.size());
        assertEquals(2, epochs.size());
        assertEquals(1.0, batches.get(batches.size() - 1).fractionDone(), 1e-9);
        assertTrue(epochs.get(0).best());
        assertTrue(Files.size(checkpoint) > 0);
    }
}
