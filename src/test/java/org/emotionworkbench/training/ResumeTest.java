package org.emotionworkbench.training;

import org.emotionworkbench.model.NetworkRelease;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Output;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run stopped after an epoch and resumed computes exactly what an uninterrupted run computes. */
class ResumeTest {
    /** Batch-norm (running statistics), dropout (random masks) and Adam (moments, step count) all carry state. */
    private static final ModelSpec SPEC = new ModelSpec("tiny-stateful", List.of(
            Conv2D.of(8), MaxPool2D.of(2), BatchNorm.keras(), new Dropout(0.2),
            Conv2D.of(16), MaxPool2D.of(2),
            new Flatten(), Dense.of(32), new Dropout(0.5), Output.emotions()));
    private static TrainingData data;

    @BeforeAll
    static void makeData() {
        data = new TrainingData(SpotFaces.make(20, 1), SpotFaces.make(6, 2));
    }

    private static SampleTransform jitter() {
        return (src, dst, random) -> {
            float shift = (float) (random.nextDouble() * 0.1);
            for (int i = 0; i < src.length; i++) {
                dst[i] = Math.min(1f, src[i] + shift);
            }
        };
    }

    /** Stops the run once {@code epoch} has finished. */
    private static TrainingListener stopAfter(TrainingControl control, int epoch) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochResult result) {
                if (result.metrics().epoch() == epoch) {
                    control.requestStop();
                }
            }
        };
    }

    @Test
    void resumedRunRepeatsTheUninterruptedOneExactly(@TempDir Path tmp) {
        TrainingOptions options = TrainingOptions.of(4, 16, 3e-3, 5)
                .withReduceLr(new ReduceLrOnPlateau(Monitor.VAL_LOSS, 0.5, 1, 100.0, 0.0));
        TrainedModel straight = new Trainer(options).augmentation(jitter()).resumable(tmp.resolve("a"))
                .train(SPEC, data);
        List<EpochMetrics> expected = straight.outcome().history();
        NetworkRelease.release(straight.network());
        assertFalse(Files.exists(tmp.resolve("a")), "a finished run leaves no resume point");

        TrainingControl control = new TrainingControl();
        Path dir = tmp.resolve("b");
        TrainedModel first = new Trainer(options).augmentation(jitter()).resumable(dir).control(control)
                .listener(stopAfter(control, 2)).train(SPEC, data);
        assertEquals(StopReason.CANCELLED, first.outcome().stopReason());
        assertEquals(2, first.outcome().history().size());
        NetworkRelease.release(first.network());
        ResumeState saved = new ResumePoint(dir).readState();
        assertEquals(2, saved.epochsDone());
        assertEquals(1.5e-3, saved.learningRate(), 1e-12, "LR halved after epoch 2 (min delta 100)");

        TrainedModel resumed = new Trainer(options).augmentation(jitter()).resumable(dir).resume(data);
        List<EpochMetrics> got = resumed.outcome().history();
        NetworkRelease.release(resumed.network());
        assertEquals(StopReason.COMPLETED, resumed.outcome().stopReason());
        assertEquals(4, got.size());
        for (int i = 0; i < 4; i++) {
            EpochMetrics x = expected.get(i);
            EpochMetrics y = got.get(i);
            assertEquals(x.loss(), y.loss(), "loss of epoch " + (i + 1));
            assertEquals(x.accuracy(), y.accuracy(), "accuracy of epoch " + (i + 1));
            assertEquals(x.valLoss(), y.valLoss(), "val_loss of epoch " + (i + 1));
            assertEquals(x.learningRate(), y.learningRate(), "lr of epoch " + (i + 1));
        }
        assertEquals(7.5e-4, expected.get(3).learningRate(), 1e-12);
        assertFalse(Files.exists(dir), "the resumed run finished, so its resume point is gone");
    }

    @Test
    void earlyStoppingCountersSurviveAResume(@TempDir Path tmp) {
        // min delta 100: only epoch 1 counts as an improvement, so patience 3 stops after epoch 4
        TrainingOptions options = TrainingOptions.of(10, 32, 1e-3, 3)
                .withEarlyStopping(new EarlyStopping(Monitor.VAL_LOSS, 3, 100.0, true));
        TrainingControl control = new TrainingControl();
        Path dir = tmp.resolve("run");
        NetworkRelease.release(new Trainer(options).resumable(dir).control(control).listener(stopAfter(control, 2))
                .train(SPEC, data).network());
        TrainedModel resumed = new Trainer(options).resumable(dir).resume(data);
        NetworkRelease.release(resumed.network());
        assertEquals(StopReason.EARLY_STOPPED, resumed.outcome().stopReason());
        assertEquals(4, resumed.outcome().history().size());
        assertEquals(1, resumed.outcome().bestEpoch());
        assertTrue(resumed.outcome().seconds() > 0);
    }

    @Test
    void aDamagedOrMissingResumePointIsAClearError(@TempDir Path tmp) throws Exception {
        TrainingOptions options = TrainingOptions.of(3, 32, 1e-3, 3);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(options).resumable(tmp.resolve("empty")).resume(data));
        assertTrue(none.getMessage().contains("nothing to resume"), none.getMessage());

        TrainingControl control = new TrainingControl();
        Path dir = tmp.resolve("run");
        NetworkRelease.release(new Trainer(options).resumable(dir).control(control).listener(stopAfter(control, 1))
                .train(SPEC, data).network());
        ResumeState state = new ResumePoint(dir).readState();
        Files.delete(dir.resolve(state.networkFile()));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(options).resumable(dir).resume(data));
        assertTrue(missing.getMessage().contains("incomplete") && missing.getMessage().contains(state.networkFile()),
                missing.getMessage());

        Files.writeString(dir.resolve(ResumePoint.STATE), "{ not json");
        IllegalArgumentException damaged = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(options).resumable(dir).resume(data));
        assertTrue(damaged.getMessage().contains("cannot read the resume point"), damaged.getMessage());
    }

    /** The best-weights file of a resume point goes through the model gate's checks before anything is allocated. */
    @Test
    void bestWeightsThatAreTruncatedOversizedMismatchedOrNotFiniteAreRefused(@TempDir Path tmp) throws Exception {
        TrainingOptions options = TrainingOptions.of(3, 32, 1e-3, 3);
        TrainingControl control = new TrainingControl();
        Path dir = tmp.resolve("run");
        NetworkRelease.release(new Trainer(options).resumable(dir).control(control).listener(stopAfter(control, 1))
                .train(SPEC, data).network());
        ResumePoint point = new ResumePoint(dir);
        ResumeState state = point.readState();
        Path best = dir.resolve(state.bestParamsFile());
        byte[] good = Files.readAllBytes(best);
        ResumePoint.Loaded ok = point.load(); // the untouched resume point opens
        long params = ok.bestParams().length();
        ok.bestParams().close();
        NetworkRelease.release(ok.network());

        Files.write(best, java.util.Arrays.copyOf(good, good.length - 100));
        assertRefused(point, "is truncated");

        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(b)) {
            out.writeUTF("MIXED_DATA_TYPES");
            out.writeLong(8);
            out.writeUTF("LONG");
            for (long v : new long[]{2, 1, 3_000_000_000L, 3_000_000_000L, 1, 0, 1, 99}) {
                out.writeLong(v);
            }
            out.writeUTF("MIXED_DATA_TYPES");
            out.writeLong(3_000_000_000L);
            out.writeUTF("FLOAT");
            out.write(new byte[1024]);
        }
        Files.write(best, b.toByteArray());
        assertRefused(point, "holds 3000000000 values");

        org.nd4j.linalg.factory.Nd4j.saveBinary(org.nd4j.linalg.factory.Nd4j.zeros(
                org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, params - 1), best.toFile());
        assertRefused(point, "holds " + (params - 1) + " values");

        org.nd4j.linalg.factory.Nd4j.saveBinary(org.nd4j.linalg.factory.Nd4j.zeros(
                org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, params + 100_000), best.toFile());
        assertRefused(point, "more than the");

        org.nd4j.linalg.api.ndarray.INDArray nan = org.nd4j.linalg.factory.Nd4j.zeros(
                org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, params);
        nan.putScalar(5, Float.POSITIVE_INFINITY);
        org.nd4j.linalg.factory.Nd4j.saveBinary(nan, best.toFile());
        assertRefused(point, "parameter 5 of " + params + " is Infinity");
        nan.putScalar(5, Float.NaN);
        org.nd4j.linalg.factory.Nd4j.saveBinary(nan, best.toFile());
        assertRefused(point, "parameter 5 of " + params + " is NaN");

        Files.write(best, good);
        ResumePoint.Loaded again = point.load();
        assertEquals(params, again.bestParams().length());
        again.bestParams().close();
        NetworkRelease.release(again.network());
    }

    private static void assertRefused(ResumePoint point, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, point::load);
        assertTrue(e.getMessage().contains("cannot be used: its best weights") && e.getMessage().contains(reason),
                e.getMessage());
    }
}
