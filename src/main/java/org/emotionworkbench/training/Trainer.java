package org.emotionworkbench.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains a {@link ModelSpec} on {@link TrainingData}: Adam, seeded shuffling and augmentation, validation after
 * every epoch, best-epoch tracking (with an optional checkpoint file), early stopping, learning-rate reduction on
 * plateau, a stop on NaN or infinite loss, and cancellation between batches. Progress goes to the listeners.
 *
 * <p>The returned network holds the best epoch's weights, except when early stopping is configured with
 * {@code restoreBestWeights = false}, in which case it holds the last epoch's.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final TrainingOptions options;
    private double[] classWeights;
    private SampleTransform augmentation;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private TrainingControl control = new TrainingControl();
    private Path checkpoint;
    private final List<org.deeplearning4j.optimize.api.TrainingListener> networkListeners = new ArrayList<>();

    public Trainer(TrainingOptions options) {
        this.options = options;
    }

    /** Per-class loss weights in canonical class order (null = unweighted). */
    public Trainer classWeights(double[] weights) {
        this.classWeights = weights == null ? null : weights.clone();
        return this;
    }

    public Trainer augmentation(SampleTransform transform) {
        this.augmentation = transform;
        return this;
    }

    public Trainer listener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    public Trainer control(TrainingControl trainingControl) {
        this.control = trainingControl;
        return this;
    }

    /**
     * A DL4J listener to attach to the network being trained (a {@code StatsListener} for DL4J's training UI, say):
     * it sees every iteration; it is detached when training ends.
     */
    public Trainer networkListener(org.deeplearning4j.optimize.api.TrainingListener listener) {
        networkListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Where to save the best model so far (written atomically at every new best epoch). */
    public Trainer checkpoint(Path file) {
        this.checkpoint = file;
        return this;
    }

    public TrainedModel train(ModelSpec spec, TrainingData data) {
        Nd4j.getRandom().setSeed(options.seed());
        MultiLayerNetwork net = NetworkFactory.build(spec,
                new NetworkSettings(options.seed(), options.learningRate(), classWeights));
        TrainingAccuracyProbe probe = new TrainingAccuracyProbe();
        net.setListeners(probe);
        if (!networkListeners.isEmpty()) {
            net.addListeners(networkListeners.toArray(org.deeplearning4j.optimize.api.TrainingListener[]::new));
        }

        Monitor monitor = options.bestMonitor();
        EarlyStopping es = options.earlyStopping();
        ReduceLrOnPlateau rlr = options.reduceLr();
        double minDelta = es == null ? 0.0 : es.minDelta();

        List<EpochMetrics> history = new ArrayList<>();
        double best = Double.NaN;
        int bestEpoch = 0;
        int esWait = 0;
        double rlrBest = Double.NaN;
        int rlrWait = 0;
        double lr = options.learningRate();
        INDArray bestParams = null;
        StopReason reason = StopReason.COMPLETED;
        String message = null;
        long start = System.nanoTime();

        try (BatchPipeline pipeline = new BatchPipeline(data.train(), options.batchSize(), augmentation, options.seed())) {
            int batches = pipeline.batchesPerEpoch();
            listeners.forEach(l -> safely(() -> l.onStart(options.maxEpochs(), batches, data.train().size(),
                    data.validation().size())));
            pipeline.startEpoch(1);
            epochs:
            for (int epoch = 1; epoch <= options.maxEpochs(); epoch++) {
                long epochStart = System.nanoTime();
                double lossSum = 0;
                long correct = 0;
                int seen = 0;
                int batchIndex = 0;
                BatchPipeline.Batch batch;
                while ((batch = pipeline.next()) != null) {
                    if (control.isStopRequested()) {
                        pipeline.release(batch);
                        reason = StopReason.CANCELLED;
                        message = "stopped by request during epoch " + epoch;
                        break epochs;
                    }
                    probe.expect(batch.labels);
                    net.fit(batch.features, batch.labels);
                    double loss = net.score();
                    int batchCorrect = probe.correctInLastBatch();
                    int size = batch.size;
                    pipeline.release(batch);
                    batchIndex++;
                    if (!Double.isFinite(loss)) {
                        reason = StopReason.DIVERGED;
                        message = String.format(Locale.ROOT, "training diverged: the loss became %s at epoch %d, "
                                + "batch %d; try a lower learning rate (now %g)", loss, epoch, batchIndex, lr);
                        break epochs;
                    }
                    lossSum += loss * size;
                    correct += Math.max(batchCorrect, 0);
                    seen += size;
                    double elapsed = seconds(start);
                    double perBatch = seconds(epochStart) / batchIndex;
                    double eta = perBatch * (batches - batchIndex)
                            + (options.maxEpochs() - epoch) * perBatch * batches;
                    BatchProgress progress = new BatchProgress(epoch, options.maxEpochs(), batchIndex, batches, loss,
                            lossSum / seen, (double) correct / seen, lr, elapsed, eta);
                    listeners.forEach(l -> safely(() -> l.onBatch(progress)));
                }
                if (epoch < options.maxEpochs()) {
                    pipeline.startEpoch(epoch + 1); // prepared while we validate
                }
                float[][] probs = Inference.probabilities(net, data.validation(), Inference.DEFAULT_BATCH);
                double[] val = Inference.lossAndAccuracy(data.validation(), probs);
                EpochMetrics metrics = new EpochMetrics(epoch, lossSum / seen, (double) correct / seen,
                        val[0], val[1], lr, seconds(epochStart));
                history.add(metrics);
                net.incrementEpochCount();

                double current = monitor.valueOf(metrics);
                boolean improved = monitor.improves(current, best, minDelta);
                if (improved) {
                    best = current;
                    bestEpoch = epoch;
                    esWait = 0;
                    if (bestParams != null) {
                        bestParams.close();
                    }
                    bestParams = net.params().dup();
                    if (checkpoint != null) {
                        save(net, checkpoint);
                    }
                } else {
                    esWait++;
                }
                if (!Double.isFinite(metrics.valLoss())) {
                    reason = StopReason.DIVERGED;
                    message = "training diverged: the validation loss became " + metrics.valLoss() + " at epoch " + epoch;
                }
                double elapsed = seconds(start);
                double eta = elapsed / epoch * (options.maxEpochs() - epoch);
                EpochResult result = new EpochResult(metrics, options.maxEpochs(), improved, bestEpoch, elapsed, eta);
                listeners.forEach(l -> safely(() -> l.onEpoch(result)));
                if (reason == StopReason.DIVERGED) {
                    break;
                }
                if (es != null && esWait >= es.patience()) {
                    reason = StopReason.EARLY_STOPPED;
                    message = String.format(Locale.ROOT, "early stopping after epoch %d: %s did not improve for %d "
                            + "epochs (best %.4f at epoch %d)", epoch, es.monitor().key(), es.patience(), best, bestEpoch);
                    break;
                }
                if (rlr != null) {
                    double r = rlr.monitor().valueOf(metrics);
                    if (rlr.monitor().improves(r, rlrBest, rlr.minDelta())) {
                        rlrBest = r;
                        rlrWait = 0;
                    } else if (++rlrWait >= rlr.patience() && lr > rlr.minLr()) {
                        double newLr = Math.max(lr * rlr.factor(), rlr.minLr());
                        LOG.info("epoch {}: reducing learning rate from {} to {}", epoch, lr, newLr);
                        lr = newLr;
                        net.setLearningRate(lr);
                        rlrWait = 0;
                    }
                }
                if (control.isStopRequested()) {
                    reason = StopReason.CANCELLED;
                    message = "stopped by request after epoch " + epoch;
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = StopReason.CANCELLED;
            message = "interrupted";
        }

        boolean restore = es == null || es.restoreBestWeights();
        if (restore && bestParams != null) {
            net.setParams(bestParams);
        }
        if (bestParams != null) {
            bestParams.close();
        }
        if (message == null) {
            message = "completed " + history.size() + " epochs; best epoch " + bestEpoch;
        }
        net.setListeners(); // drop the probe: it holds a reference to batch labels that are now closed
        TrainingOutcome outcome = new TrainingOutcome(history, bestEpoch, reason, message, seconds(start));
        listeners.forEach(l -> safely(() -> l.onFinish(outcome)));
        return new TrainedModel(net, outcome);
    }

    /** Writes a DL4J model zip atomically (temp file, then rename). */
    public static void save(MultiLayerNetwork net, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                ModelSerializer.writeModel(net, tmp.toFile(), true);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + file + ": " + e.getMessage(), e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("a training listener failed: {}", e.toString());
        }
    }
}
