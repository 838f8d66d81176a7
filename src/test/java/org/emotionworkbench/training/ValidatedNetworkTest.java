package org.emotionworkbench.training;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkRelease;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.platform.FastBatchNormHelper;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every epoch's updates reach the network that is validated (issue 15: two epochs of a Pisa run on FER2013 gave the
 * same validation accuracy and nearly the same validation loss). On a small CNN built like the Pisa one
 * (convolutions with batch-norm after them, after pooling and after the dense layer, dropout; the workbench's
 * {@link FastBatchNormHelper} and DL4J's forward cache in place): after every epoch the validation
 * figures the trainer reports are those of a fresh copy of the network restored from its saved parameters, and
 * from one epoch to the next the weights, every batch-norm layer's running mean and variance, and the validation
 * probabilities all change. A stale forward cache, running statistics our helper failed to update, cached
 * validation outputs or parameters that a copy aliases would each break one of these.
 */
class ValidatedNetworkTest {
    private static final int EPOCHS = 3;
    /** Pisa's layer kinds in Pisa's order, small enough to train in a second or two. */
    private static final ModelSpec SPEC = new ModelSpec("pisa-like", List.of(
            Conv2D.of(4), BatchNorm.keras(), Conv2D.of(4), MaxPool2D.of(2), BatchNorm.keras(), new Dropout(0.2),
            Conv2D.of(8), MaxPool2D.of(2), BatchNorm.keras(), new Dropout(0.2),
            new Flatten(), Dense.of(16), BatchNorm.keras(), new Dropout(0.5), Output.emotions()));

    /** What the network was at the end of one epoch, taken in the trainer's own listener call. */
    private record Snapshot(EpochMetrics reported, INDArray params, List<INDArray> runningStats,
                            float[][] liveProbabilities, float[][] freshProbabilities, double[] fresh) {
    }

    @Test
    void everyEpochValidatesExactlyTheNetworkItTrained() {
        List<Sample> train = SpotFaces.make(8, 31);
        List<Sample> validation = SpotFaces.make(4, 32);
        MultiLayerNetwork net = NetworkFactory.build(SPEC, new NetworkSettings(5, 1e-3, null));
        List<Snapshot> snapshots = new ArrayList<>();
        try {
            int fast = 0;
            for (Layer layer : net.getLayers()) {
                fast += layer instanceof BatchNormalization bn && bn.getHelper() instanceof FastBatchNormHelper ? 1 : 0;
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(fast > 0, "needs the oneDNN build (FastBatchNormHelper)");
            TrainingListener snapshotter = new TrainingListener() {
                @Override
                public void onEpoch(EpochResult result) {
                    snapshots.add(snapshot(net, validation, result.metrics()));
                }
            };
            new Trainer(TrainingOptions.of(EPOCHS, 16, 1e-3, 5)).listener(snapshotter)
                    .train(LoadedModel.of(net), new TrainingData(train, validation));

            assertEquals(EPOCHS, snapshots.size(), "a snapshot per epoch (a failing listener is only logged)");
            for (Snapshot s : snapshots) {
                int epoch = s.reported().epoch();
                assertEquals(s.fresh()[1], s.reported().valAccuracy(), "epoch " + epoch + ": validation accuracy");
                assertEquals(s.fresh()[0], s.reported().valLoss(), 1e-6, "epoch " + epoch + ": validation loss");
                for (int i = 0; i < validation.size(); i++) {
                    assertArrayEquals(s.freshProbabilities()[i], s.liveProbabilities()[i], 1e-6f,
                            "epoch " + epoch + ", face " + i + ": the live network and a fresh copy of it");
                }
            }
            for (int e = 1; e < snapshots.size(); e++) {
                Snapshot before = snapshots.get(e - 1);
                Snapshot after = snapshots.get(e);
                String which = "from epoch " + e + " to " + (e + 1) + ": ";
                assertTrue(maxDifference(before.params(), after.params()) > 1e-4, which + "the parameters change");
                assertEquals(before.runningStats().size(), after.runningStats().size());
                for (int k = 0; k < before.runningStats().size(); k++) {
                    assertTrue(maxDifference(before.runningStats().get(k), after.runningStats().get(k)) > 1e-5,
                            which + "running statistic " + k + " of the batch-norm layers changes");
                }
                double moved = 0;
                for (int i = 0; i < validation.size(); i++) {
                    for (int c = 0; c < before.liveProbabilities()[i].length; c++) {
                        moved = Math.max(moved, Math.abs(after.liveProbabilities()[i][c]
                                - before.liveProbabilities()[i][c]));
                    }
                }
                assertTrue(moved > 1e-3, which + "the validation probabilities change (largest change " + moved + ")");
                assertTrue(after.reported().valLoss() != before.reported().valLoss(), which + "the validation loss");
            }
            assertEquals(4 * 2, snapshots.get(0).runningStats().size(), "four batch-norm layers, mean and variance each");
        } finally {
            NetworkRelease.release(net);
        }
    }

    /**
     * One training step moves each batch-norm layer's running mean and variance by DL4J's rule,
     * {@code running = decay·running + (1 − decay)·batch} (decay = Keras' momentum 0.99; the batch's biased variance),
     * with the workbench's helper in place: the statistics inference uses follow training.
     */
    @Test
    void aTrainingStepMovesTheRunningStatisticsByTheMomentumRule() {
        MultiLayerNetwork net = NetworkFactory.build(SPEC, new NetworkSettings(9, 1e-3, null));
        try {
            BatchNormalization bn = (BatchNormalization) net.getLayer(1); // after the first convolution
            org.junit.jupiter.api.Assumptions.assumeTrue(bn.getHelper() instanceof FastBatchNormHelper,
                    "needs the oneDNN build (FastBatchNormHelper)");
            Nd4j.getRandom().setSeed(9);
            INDArray x = Nd4j.rand(DataType.FLOAT, 16, 1, 48, 48);
            INDArray y = Nd4j.eye(7).getRows(0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1);
            INDArray in = net.feedForwardToLayer(0, x, false).get(1); // the convolution's output: the layer's input
            INDArray batchMean = in.mean(0, 2, 3);
            INDArray batchVar = in.var(false, 0, 2, 3);
            INDArray meanBefore = bn.getParam("mean").dup();
            INDArray varBefore = variance(bn);

            net.fit(x, y);

            double decay = 0.99;
            INDArray expectedMean = meanBefore.mul(decay).addi(batchMean.reshape(meanBefore.shape()).mul(1 - decay));
            INDArray expectedVar = varBefore.mul(decay).addi(batchVar.reshape(varBefore.shape()).mul(1 - decay));
            assertTrue(maxDifference(meanBefore, expectedMean) > 1e-4, "the batch moves the mean noticeably");
            assertTrue(maxDifference(expectedMean, bn.getParam("mean")) < 1e-5 * scale(expectedMean),
                    "running mean " + bn.getParam("mean") + ", expected " + expectedMean);
            assertTrue(maxDifference(expectedVar, variance(bn)) < 1e-4 * scale(expectedVar),
                    "running variance " + variance(bn) + ", expected " + expectedVar);
        } finally {
            NetworkRelease.release(net);
        }
    }

    /**
     * The forward cache (pre-activations kept from a training forward pass for the backward pass) never feeds a
     * step another batch's values: training steps of different batch sizes, each followed by an inference pass over
     * other faces as validation does, leave the same weights and running statistics as without the cache.
     */
    @Test
    void theForwardCacheNeverFeedsAStepStaleValues() {
        ModelSpec noDropout = new ModelSpec("pisa-like-no-dropout", SPEC.layers().stream()
                .filter(l -> !(l instanceof Dropout)).toList());
        MultiLayerNetwork cached = NetworkFactory.build(noDropout, new NetworkSettings(13, 1e-2, null));
        MultiLayerNetwork uncached = NetworkFactory.build(noDropout, new NetworkSettings(13, 1e-2, null));
        uncached.setCacheMode(org.deeplearning4j.nn.conf.CacheMode.NONE);
        try {
            assertEquals(cached.params(), uncached.params(), "the same seed builds the same network");
            Nd4j.getRandom().setSeed(13);
            INDArray validation = Nd4j.rand(DataType.FLOAT, 5, 1, 48, 48);
            int[] sizes = {16, 16, 7, 16};
            for (int step = 0; step < sizes.length; step++) {
                INDArray x = Nd4j.rand(DataType.FLOAT, sizes[step], 1, 48, 48);
                INDArray y = Nd4j.zeros(DataType.FLOAT, sizes[step], 7);
                for (int i = 0; i < sizes[step]; i++) {
                    y.putScalar(i, (i + step) % 7, 1f);
                }
                cached.fit(x, y);
                uncached.fit(x, y);
                assertTrue(((org.deeplearning4j.nn.layers.AbstractLayer<?>) cached.getLayer(0)).getPreOutput() != null
                        && ((org.deeplearning4j.nn.layers.AbstractLayer<?>) uncached.getLayer(0)).getPreOutput() == null,
                        "the first network keeps the convolution's pre-activation, the second does not");
                assertTrue(maxDifference(uncached.params(), cached.params()) <= 1e-6 * scale(uncached.params()),
                        "step " + (step + 1) + ": the weights and running statistics with and without the cache");
                assertEquals(uncached.output(validation, false), cached.output(validation, false));
            }
        } finally {
            NetworkRelease.release(cached);
            NetworkRelease.release(uncached);
        }
    }

    /** The running variance: DL4J 1.0.0-M2.1 keeps log10 of the standard deviation by default. */
    private static INDArray variance(BatchNormalization bn) {
        INDArray var = bn.getParam("var");
        if (var != null) {
            return var.dup();
        }
        INDArray std = org.nd4j.linalg.ops.transforms.Transforms.pow(
                Nd4j.valueArrayOf(bn.getParam("log10stdev").shape(), 10.0f), bn.getParam("log10stdev"), true);
        return std.muli(std);
    }

    private static Snapshot snapshot(MultiLayerNetwork net, List<Sample> validation, EpochMetrics reported) {
        List<INDArray> stats = new ArrayList<>();
        for (Layer layer : net.getLayers()) {
            if (layer instanceof BatchNormalization) {
                for (Map.Entry<String, INDArray> p : layer.paramTable().entrySet()) {
                    if (!p.getKey().equals("gamma") && !p.getKey().equals("beta")) {
                        stats.add(p.getValue().dup());
                    }
                }
            }
        }
        float[][] live = Inference.probabilities(net, validation, Inference.DEFAULT_BATCH);
        MultiLayerNetwork copy = freshCopy(net);
        try {
            float[][] fresh = Inference.probabilities(copy, validation, Inference.DEFAULT_BATCH);
            return new Snapshot(reported, net.params().dup(), stats, live, fresh,
                    Inference.lossAndAccuracy(validation, fresh));
        } finally {
            NetworkRelease.release(copy);
        }
    }

    /** The network as a model zip holds it, restored into a new object (nothing shared with the live one). */
    private static MultiLayerNetwork freshCopy(MultiLayerNetwork net) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ModelSerializer.writeModel(net, bytes, false);
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes.toByteArray()), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double maxDifference(INDArray a, INDArray b) {
        return a.reshape(a.length()).sub(b.reshape(b.length())).amaxNumber().doubleValue();
    }

    private static double scale(INDArray a) {
        return Math.max(a.amaxNumber().doubleValue(), 1e-6);
    }
}
