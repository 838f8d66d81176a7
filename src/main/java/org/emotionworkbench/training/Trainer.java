package org.emotionworkbench.training;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkRelease;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.platform.NativeGarbageGuard;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains a {@link ModelSpec}, or any {@link LoadedModel} (multi-layer network or computation graph), on
 * {@link TrainingData}: Adam, seeded shuffling and augmentation, validation after every epoch, best-epoch tracking,
 * a stop on NaN or infinite loss, and cancellation between batches. What happens after an epoch is a list of small
 * {@link EpochRule}s: the checkpoint file, divergence, early stopping, learning-rate reduction on plateau. Progress goes
 * to the listeners.
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
        return run(LoadedModel.of(net), new Progress(options.learningRate()), data, "started " + Instant.now());
    }

    /**
     * Trains a model that is already built (a fine-tuned copy of another model, say: {@code transfer}), either DL4J
     * type, fed through its {@link InputSpec}, with labels in its {@link ClassOrder}. Samples of an emotion the model
     * has no output for are left out (and counted in the log). Class weights and the learning rate are the model's
     * own (set when it was built); the options' learning rate is the one LR reduction starts from.
     */
    public TrainedModel train(LoadedModel model, TrainingData data) {
        return run(model, new Progress(options.learningRate()), data, "started " + Instant.now());
    }

    /**
     * Goes on from the resume point saved by a {@link #resumable} trainer with the same options: the next epoch is
     * the one after the last finished one, with the saved weights, Adam state, counters and learning rate.
     */
    public TrainedModel resume(TrainingData data) {
        return resume(data, InputSpec.NATIVE, ClassOrder.canonical());
    }

    /** As {@link #resume(TrainingData)}, for a model that takes {@code input} and outputs {@code classes}. */
    public TrainedModel resume(TrainingData data, InputSpec input, ClassOrder classes) {
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
            release(loaded.model());
            if (loaded.bestParams() != null) {
                loaded.bestParams().close();
            }
            throw new IllegalArgumentException("nothing to resume: all " + options.maxEpochs()
                    + " epochs are done");
        }
        Progress p = Progress.from(s, loaded.bestParams());
        LoadedModel model = loaded.model() instanceof ComputationGraph g ? LoadedModel.of(g, input, classes)
                : LoadedModel.of((MultiLayerNetwork) loaded.model(), input, classes);
        TrainingNet net = new TrainingNet(model);
        if (s.learningRate() != options.learningRate()) {
            net.setLearningRate(s.learningRate());
        }
        LOG.info("resuming after epoch {} of {} (best epoch {})", s.epochsDone(), options.maxEpochs(), s.bestEpoch());
        return run(model, p, data, "resumed after epoch " + s.epochsDone() + " " + Instant.now());
    }

    private static void release(org.deeplearning4j.nn.api.Model m) {
        if (m instanceof ComputationGraph g) {
            NetworkRelease.release(g);
        } else {
            NetworkRelease.release((MultiLayerNetwork) m);
        }
    }

    /** The mutable state of a run between epochs (what a {@link ResumeState} saves, with the rules' counters). */
    private static final class Progress {
        final List<EpochMetrics> history = new ArrayList<>();
        final List<String> segments = new ArrayList<>();
        double best = Double.NaN;
        int bestEpoch;
        double lr;
        double secondsBefore;
        INDArray bestParams;
        ResumeState saved;
        /** The counters of early stopping and LR reduction as saved (restored into the rules). */
        int esWait;
        double rlrBest = Double.NaN;
        int rlrWait;

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
        ResumeState toState(double seconds, EarlyStoppingRule es, LrReductionRule rlr) {
            return new ResumeState(history, bestEpoch, best, es == null ? 0 : es.waited(),
                    rlr == null ? Double.NaN : rlr.best(), rlr == null ? 0 : rlr.waited(), lr, seconds, null,
                    saved == null ? null : saved.bestParamsFile(), segments);
        }

        int epochsDone() {
            return history.size();
        }
    }

    /** What the rules see after an epoch. */
    private static final class View implements EpochRule.EpochView {
        private final Progress p;
        private final TrainingNet net;
        private final EpochMetrics metrics;
        private final boolean improved;

        View(Progress p, TrainingNet net, EpochMetrics metrics, boolean improved) {
            this.p = p;
            this.net = net;
            this.metrics = metrics;
            this.improved = improved;
        }

        @Override
        public EpochMetrics metrics() {
            return metrics;
        }

        @Override
        public boolean improved() {
            return improved;
        }

        @Override
        public double best() {
            return p.best;
        }

        @Override
        public int bestEpoch() {
            return p.bestEpoch;
        }

        @Override
        public double learningRate() {
            return p.lr;
        }

        @Override
        public void setLearningRate(double lr) {
            p.lr = lr;
            net.setLearningRate(lr);
        }

        @Override
        public void saveModel(Path file) {
            net.save(file, true);
        }
    }

    /** The samples whose emotion the model has an output for; the others are counted in the log. */
    private static List<Sample> answerable(List<Sample> samples, ClassOrder classes, String part) {
        if (classes.complete()) {
            return samples;
        }
        List<Sample> kept = samples.stream().filter(s -> classes.indexOf(s.label()) >= 0).toList();
        if (kept.size() < samples.size()) {
            LOG.info("left out {} of {} {} images: the model has no output for their emotion (it outputs {})",
                    samples.size() - kept.size(), samples.size(), part, classes);
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no " + part + " image is of an emotion the model outputs (" + classes
                    + ")");
        }
        return kept;
    }

    private TrainedModel run(LoadedModel model, Progress p, TrainingData given, String segment) {
        TrainingNet net = new TrainingNet(model);
        List<Sample> train = answerable(given.train(), model.classes(), "training");
        List<Sample> validation = answerable(given.validation(), model.classes(), "validation");
        TrainingAccuracyProbe probe = new TrainingAccuracyProbe();
        NativeGarbageGuard nativeGarbage = NativeGarbageGuard.forThisProcess();
        net.setListeners(probe);
        if (!networkListeners.isEmpty()) {
            net.addListeners(networkListeners.toArray(org.deeplearning4j.optimize.api.TrainingListener[]::new));
        }
        p.segments.add(segment);

        Monitor monitor = options.bestMonitor();
        EarlyStopping es = options.earlyStopping();
        double minDelta = es == null ? 0.0 : es.minDelta();
        EarlyStoppingRule esRule = es == null ? null : new EarlyStoppingRule(es, p.esWait);
        LrReductionRule rlrRule = options.reduceLr() == null ? null
                : new LrReductionRule(options.reduceLr(), p.rlrBest, p.rlrWait);
        List<EpochRule> rules = new ArrayList<>();
        if (checkpoint != null) {
            rules.add(new CheckpointRule(checkpoint));
        }
        rules.add(new DivergenceRule());
        if (esRule != null) {
            rules.add(esRule);
        }
        if (rlrRule != null) {
            rules.add(rlrRule);
        }
        ResumePoint resumePoint = resumeDir == null ? null : new ResumePoint(resumeDir);

        StopReason reason = StopReason.COMPLETED;
        String message = null;
        long start = System.nanoTime();
        int firstEpoch = p.epochsDone() + 1;

        try (BatchPipeline pipeline = new BatchPipeline(train, options.batchSize(), augmentation, options.seed(),
                model.input(), model.classes())) {
            int batches = pipeline.batchesPerEpoch();
            listeners.forEach(l -> safely(() -> l.onStart(options.maxEpochs(), batches, train.size(),
                    validation.size())));
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
                    nativeGarbage.check();
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
                float[][] probs = net.probabilities(validation);
                double[] val = Inference.lossAndAccuracy(validation, probs);
                EpochMetrics metrics = new EpochMetrics(epoch, lossSum / seen, (double) correct / seen,
                        val[0], val[1], lr, seconds(epochStart));
                p.history.add(metrics);
                net.incrementEpochCount();

                double current = monitor.valueOf(metrics);
                boolean improved = monitor.improves(current, p.best, minDelta);
                if (improved) {
                    p.best = current;
                    p.bestEpoch = epoch;
                    if (p.bestParams != null) {
                        p.bestParams.close();
                    }
                    p.bestParams = net.params().dup();
                }
                View view = new View(p, net, metrics, improved);
                EpochRule.Stop stop = null;
                for (EpochRule rule : rules) {
                    stop = rule.afterEpoch(view);
                    if (stop != null) {
                        break;
                    }
                }
                double elapsed = p.secondsBefore + seconds(start);
                double eta = seconds(start) / (epoch - firstEpoch + 1) * (options.maxEpochs() - epoch);
                EpochResult result = new EpochResult(metrics, options.maxEpochs(), improved, p.bestEpoch, elapsed, eta);
                listeners.forEach(l -> safely(() -> l.onEpoch(result)));
                // saved after every epoch that can be gone on from: one that ends the run early too, so it can go on
                // with a longer patience (train --resume --patience); not after the last epoch or a divergence
                boolean canGoOn = stop == null ? epoch < options.maxEpochs() : stop.reason() == StopReason.EARLY_STOPPED;
                if (resumePoint != null && canGoOn) {
                    p.saved = resumePoint.save(net.dl4j(), p.toState(p.secondsBefore + seconds(start), esRule, rlrRule),
                            p.bestParams, improved);
                }
                if (stop != null) {
                    reason = stop.reason();
                    message = stop.message();
                    break;
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

        if (nativeGarbage.collections() > 0) {
            LOG.info("asked the JVM {} time(s) to collect native memory left unreferenced by the network's layers",
                    nativeGarbage.collections());
        }
        boolean restore = es == null || es.restoreBestWeights();
        if (restore && p.bestParams != null) {
            net.setParams(p.bestParams);
        }
        if (p.bestParams != null) {
            p.bestParams.close();
        }
        if (message == null) {
            message = "completed " + p.history.size() + (p.history.size() == 1 ? " epoch" : " epochs")
                    + "; best epoch " + p.bestEpoch;
        }
        if (resumePoint != null && reason != StopReason.CANCELLED && reason != StopReason.EARLY_STOPPED) {
            resumePoint.delete(); // finished for good: nothing to go on from
        }
        net.setListeners(); // drop the probe: it holds a reference to batch labels that are now closed
        net.clearForwardCache(); // the last batch's pre-activations point into workspace memory that will be reused
        TrainingOutcome outcome = new TrainingOutcome(p.history, p.bestEpoch, reason, message,
                p.secondsBefore + seconds(start));
        listeners.forEach(l -> safely(() -> l.onFinish(outcome)));
        return new TrainedModel(model, outcome);
    }

    /** Writes a DL4J model zip atomically (temp file, then rename). */
    public static void save(MultiLayerNetwork net, Path file) {
        TrainingNet.save(net, file, true);
    }

    /** Writes either kind of model as a DL4J model zip (with its updater state), atomically. */
    public static void save(LoadedModel model, Path file) {
        TrainingNet.save(model.model(), file, true);
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
