package org.emotionworkbench.training;

import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.model.NetworkRelease;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.model.ForwardCache;
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
import java.nio.file.Path;
import java.time.Instant;
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
    private Path resumeDir;
    /** Mixed into the seed for dropout's generator, so it does not share a stream with shuffling. */
    private static final long DROPOUT_STREAM = 0x5DEECE66DL;
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

    /**
     * Saves a {@link ResumePoint} in {@code dir} after every epoch, so that {@link #resume} can go on after a stop,
     * a crash or a power cut; the folder is emptied when the run ends for good (completed, early-stopped, diverged).
     */
    public Trainer resumable(Path dir) {
        this.resumeDir = dir;
        return this;
    }

    public TrainedModel train(ModelSpec spec, TrainingData data) {
        Nd4j.getRandom().setSeed(options.seed());
        MultiLayerNetwork net = NetworkFactory.build(spec,
                new NetworkSettings(options.seed(), options.learningRate(), classWeights));
        return run(net, new Progress(options.learningRate()), data, "started " + Instant.now());
    }

    /**
     * Goes on from the resume point saved by a {@link #resumable} trainer with the same options: the next epoch is
     * the one after the last finished one, with the saved weights, Adam state, counters and learning rate.
     */
    public TrainedModel resume(TrainingData data) {
        if (resumeDir == null) {
            throw new IllegalStateException("resume needs the resume folder: call resumable(dir) first");
        }
        ResumePoint point = new ResumePoint(resumeDir);
        if (!point.exists()) {
            throw new IllegalArgumentException("nothing to resume: " + resumeDir + " holds no " + ResumePoint.STATE);
        }
        ResumePoint.Loaded loaded = point.load();
        ResumeState s = loaded.state();
        if (s.epochsDone() >= options.maxEpochs()) {
            NetworkRelease.release(loaded.network());
            if (loaded.bestParams() != null) {
                loaded.bestParams().close();
            }
            throw new IllegalArgumentException("nothing to resume: all " + options.maxEpochs()
                    + " epochs are done");
        }
        Progress p = Progress.from(s, loaded.bestParams());
        MultiLayerNetwork net = loaded.network();
        if (s.learningRate() != options.learningRate()) {
            net.setLearningRate(s.learningRate());
        }
        LOG.info("resuming after epoch {} of {} (best epoch {})", s.epochsDone(), options.maxEpochs(), s.bestEpoch());
        return run(net, p, data, "resumed after epoch " + s.epochsDone() + " " + Instant.now());
    }

    /** The mutable state of a run between epochs (what a {@link ResumeState} saves). */
    private static final class Progress {
        final List<EpochMetrics> history = new ArrayList<>();
        final List<String> segments = new ArrayList<>();
        double best = Double.NaN;
        int bestEpoch;
        int esWait;
        double rlrBest = Double.NaN;
        int rlrWait;
        double lr;
        double secondsBefore;
        INDArray bestParams;
        ResumeState saved;

        Progress(double lr) {
            this.lr = lr;
        }

        /** Where a saved run stood; {@code bestParams} are the best epoch's weights loaded with it. */
        static Progress from(ResumeState s, INDArray bestParams) {
            Progress p = new Progress(s.learningRate());
            p.history.addAll(s.history());
            p.best = s.best();
            p.bestEpoch = s.bestEpoch();
            p.esWait = s.esWait();
            p.rlrBest = s.rlrBest();
            p.rlrWait = s.rlrWait();
            p.secondsBefore = s.seconds();
            p.bestParams = bestParams;
            p.segments.addAll(s.segments());
            p.saved = s;
            return p;
        }

        /** The state to save now, after {@code seconds} of training in all; files as last saved. */
        ResumeState toState(double seconds) {
            return new ResumeState(history, bestEpoch, best, esWait, rlrBest, rlrWait, lr, seconds, null,
                    saved == null ? null : saved.bestParamsFile(), segments);
        }

        int epochsDone() {
            return history.size();
        }
    }

    private TrainedModel run(MultiLayerNetwork net, Progress p, TrainingData data, String segment) {
        TrainingAccuracyProbe probe = new TrainingAccuracyProbe();
        net.setListeners(probe);
        if (!networkListeners.isEmpty()) {
            net.addListeners(networkListeners.toArray(org.deeplearning4j.optimize.api.TrainingListener[]::new));
        }
        p.segments.add(segment);

        Monitor monitor = options.bestMonitor();
        EarlyStopping es = options.earlyStopping();
        ReduceLrOnPlateau rlr = options.reduceLr();
        double minDelta = es == null ? 0.0 : es.minDelta();
        ResumePoint resumePoint = resumeDir == null ? null : new ResumePoint(resumeDir);

        StopReason reason = StopReason.COMPLETED;
        String message = null;
        long start = System.nanoTime();
        int firstEpoch = p.epochsDone() + 1;

        try (BatchPipeline pipeline = new BatchPipeline(data.train(), options.batchSize(), augmentation, options.seed())) {
            int batches = pipeline.batchesPerEpoch();
            listeners.forEach(l -> safely(() -> l.onStart(options.maxEpochs(), batches, data.train().size(),
                    data.validation().size())));
            pipeline.startEpoch(firstEpoch);
            epochs:
            for (int epoch = firstEpoch; epoch <= options.maxEpochs(); epoch++) {
                // dropout draws from ND4J's generator: seeded per epoch, so a resumed run repeats an uninterrupted one
                Nd4j.getRandom().setSeed(BatchPipeline.mix(options.seed() ^ DROPOUT_STREAM, epoch));
                long epochStart = System.nanoTime();
                double lossSum = 0;
                long correct = 0;
                int seen = 0;
                int batchIndex = 0;
                double lr = p.lr;
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
                    double elapsed = p.secondsBefore + seconds(start);
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
                p.history.add(metrics);
                net.incrementEpochCount();

                double current = monitor.valueOf(metrics);
                boolean improved = monitor.improves(current, p.best, minDelta);
                if (improved) {
                    p.best = current;
                    p.bestEpoch = epoch;
                    p.esWait = 0;
                    if (p.bestParams != null) {
                        p.bestParams.close();
                    }
                    p.bestParams = net.params().dup();
                    if (checkpoint != null) {
                        save(net, checkpoint);
                    }
                } else {
                    p.esWait++;
                }
                if (!Double.isFinite(metrics.valLoss())) {
                    reason = StopReason.DIVERGED;
                    message = "training diverged: the validation loss became " + metrics.valLoss() + " at epoch " + epoch;
                }
                double elapsed = p.secondsBefore + seconds(start);
                double eta = seconds(start) / (epoch - firstEpoch + 1) * (options.maxEpochs() - epoch);
                EpochResult result = new EpochResult(metrics, options.maxEpochs(), improved, p.bestEpoch, elapsed, eta);
                listeners.forEach(l -> safely(() -> l.onEpoch(result)));
                if (reason == StopReason.DIVERGED) {
                    break;
                }
                if (es != null && p.esWait >= es.patience()) {
                    reason = StopReason.EARLY_STOPPED;
                    message = String.format(Locale.ROOT, "early stopping after epoch %d: %s did not improve for %d "
                            + "epochs (best %.4f at epoch %d)", epoch, es.monitor().key(), es.patience(), p.best,
                            p.bestEpoch);
                    break;
                }
                if (rlr != null) {
                    double r = rlr.monitor().valueOf(metrics);
                    if (rlr.monitor().improves(r, p.rlrBest, rlr.minDelta())) {
                        p.rlrBest = r;
                        p.rlrWait = 0;
                    } else if (++p.rlrWait >= rlr.patience() && p.lr > rlr.minLr()) {
                        double newLr = Math.max(p.lr * rlr.factor(), rlr.minLr());
                        LOG.info("epoch {}: reducing learning rate from {} to {}", epoch, p.lr, newLr);
                        p.lr = newLr;
                        net.setLearningRate(newLr);
                        p.rlrWait = 0;
                    }
                }
                if (resumePoint != null && epoch < options.maxEpochs()) {
                    p.saved = resumePoint.save(net, p.toState(p.secondsBefore + seconds(start)), p.bestParams, improved);
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
        if (restore && p.bestParams != null) {
            net.setParams(p.bestParams);
        }
        if (p.bestParams != null) {
            p.bestParams.close();
        }
        if (message == null) {
            message = "completed " + p.history.size() + " epochs; best epoch " + p.bestEpoch;
        }
        if (resumePoint != null && reason != StopReason.CANCELLED) {
            resumePoint.delete(); // finished for good: nothing to go on from
        }
        net.setListeners(); // drop the probe: it holds a reference to batch labels that are now closed
        ForwardCache.clear(net); // the last batch's pre-activations point into workspace memory that will be reused
        TrainingOutcome outcome = new TrainingOutcome(p.history, p.bestEpoch, reason, message,
                p.secondsBefore + seconds(start));
        listeners.forEach(l -> safely(() -> l.onFinish(outcome)));
        return new TrainedModel(net, outcome);
    }

    /** Writes a DL4J model zip atomically (temp file, then rename). */
    public static void save(MultiLayerNetwork net, Path file) {
        try {
            AtomicFiles.write(file, tmp -> ModelSerializer.writeModel(net, tmp.toFile(), true));
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
