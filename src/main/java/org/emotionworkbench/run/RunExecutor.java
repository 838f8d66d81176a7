package org.emotionworkbench.run;

import org.emotionworkbench.evaluation.ClassSubset;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.dataset.Augmenter;
import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.ClassWeights;
import org.emotionworkbench.dataset.Consolidation;
import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.MinorityBalancer;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.dataset.StratifiedSplit;
import org.emotionworkbench.dataset.duplicates.DuplicateFinder;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.training.EpochResult;
import org.emotionworkbench.training.ResumePoint;
import org.emotionworkbench.training.ResumeState;
import org.emotionworkbench.training.StopReason;
import org.emotionworkbench.training.TrainedModel;
import org.emotionworkbench.training.Trainer;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingData;
import org.emotionworkbench.training.TrainingListener;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.training.TrainingOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One complete run: load and prepare the data, train, evaluate on the held-out set and write the run folder
 * ({@code config.json} first, {@code history.csv} after every epoch, {@code model.zip} at every best epoch, the
 * reports at the end). Faces (CLI, GUI) call this and listen; none of them repeats these steps.
 */
public final class RunExecutor {
    private final LoadOptions loadOptions;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private RunProgress progress = RunProgress.SILENT;
    private TrainingControl control = new TrainingControl();
    private final List<org.deeplearning4j.optimize.api.TrainingListener> networkListeners = new ArrayList<>();

    public RunExecutor(LoadOptions loadOptions) {
        this.loadOptions = loadOptions;
    }

    public RunExecutor listener(TrainingListener l) {
        listeners.add(l);
        return this;
    }

    public RunExecutor progress(RunProgress p) {
        this.progress = p;
        return this;
    }

    public RunExecutor control(TrainingControl c) {
        this.control = c;
        return this;
    }

    /** A DL4J listener for the network being trained (DL4J's training UI, say); see {@link Trainer#networkListener}. */
    public RunExecutor networkListener(org.deeplearning4j.optimize.api.TrainingListener l) {
        networkListeners.add(l);
        return this;
    }

    /** The prepared parts of a run's data. */
    public record PreparedData(List<Sample> train, List<Sample> validation, List<Sample> test, String testName,
                               double[] classWeights, int excludedTestDuplicates) {
    }

    public PreparedData prepare(DataOptions data, long seed) {
        progress.stage("loading " + data.trainRoot());
        LoadedDataset source = DataSources.load(data.trainRoot(), loadOptions);
        progress.loaded("train", source.report());
        if (data.consolidate()) {
            source = Consolidation.consolidate(source);
        }
        List<Sample> test;
        String testName;
        if (data.testRoot() != null) {
            progress.stage("loading " + data.testRoot());
            LoadedDataset other = DataSources.load(data.testRoot(), loadOptions);
            progress.loaded("test", other.report());
            test = heldOutPart(other);
            testName = "test:" + data.testRoot();
        } else if (!source.test().isEmpty()) {
            test = source.test();
            testName = "test:" + data.trainRoot();
        } else {
            test = List.of();
            testName = "validation";
        }
        List<Sample> pool = source.train();
        int excluded = 0;
        if (data.excludeTestDuplicates() && !test.isEmpty()) {
            java.util.Set<String> leaks = DuplicateFinder.trainSourcesDuplicatingTest(
                    new LoadedDataset(source.root(), pool, test, source.report()));
            pool = pool.stream().filter(s -> !leaks.contains(s.source())).toList();
            excluded = source.train().size() - pool.size();
            progress.stage("left out " + excluded + " training images whose pixels equal a test image's");
        }
        StratifiedSplit.Split split = StratifiedSplit.split(pool, data.validationFraction(), seed);
        List<Sample> train = split.train();
        double[] weights = null;
        if (data.balancing() == Balancing.CLASS_WEIGHTS) {
            weights = ClassWeights.balanced(countPerClass(train));
        } else if (data.balancing() == Balancing.AUGMENT_MINORITY) {
            AugmentationOptions aug = data.augmentation() != null && !data.augmentation().isIdentity()
                    ? data.augmentation() : AugmentationOptions.pisa();
            train = MinorityBalancer.balance(train, new Augmenter(aug), seed);
        }
        List<Sample> evaluation = test.isEmpty() ? split.validation() : test;
        return new PreparedData(train, split.validation(), evaluation, testName, weights, excluded);
    }

    /** The held-out part of a dataset used as a test set: its test split, or all of it when it has none. */
    public static List<Sample> heldOutPart(LoadedDataset dataset) {
        if (!dataset.test().isEmpty()) {
            return dataset.test();
        }
        return dataset.train();
    }

    public static int[] countPerClass(List<Sample> samples) {
        int[] counts = new int[Emotion.COUNT];
        for (Sample s : samples) {
            counts[s.label().ordinal()]++;
        }
        return counts;
    }

    /** Runs everything and returns the outcome; the run folder holds all results. */
    public TrainingOutcome execute(ModelSpec spec, TrainingOptions options, DataOptions data, RunFolder run) {
        spec.analyse();
        PreparedData prepared = prepare(data, options.seed());
        RunConfig config = new RunConfig(spec, options, data, dataUsed(prepared), prepared.testName(),
                Provenance.current());
        try {
            run.writeString(RunFolder.CONFIG, config.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        Trainer trainer = trainer(options, data, prepared, run, List.of());
        progress.stage("training " + spec.name() + " on " + prepared.train().size() + " images, validating on "
                + prepared.validation().size());
        TrainedModel trained = trainer.train(spec, new TrainingData(prepared.train(), prepared.validation()));
        return finish(trained, prepared, run);
    }

    /** What each data part held (counts and fingerprints), as config.json records it. */
    public static Map<String, DataSummary> dataUsed(PreparedData prepared) {
        Map<String, DataSummary> used = new LinkedHashMap<>();
        used.put("train", DataSummary.of(prepared.train()));
        used.put("validation", DataSummary.of(prepared.validation()));
        used.put("evaluation", DataSummary.of(prepared.test()));
        return used;
    }

    /**
     * Trains a model that is already built (a fine-tuned copy of another model) on data {@link #prepare}d already,
     * writing {@code config} first, then the run folder as {@link #execute} does. The model is released at the end.
     */
    public TrainingOutcome execute(LoadedModel model, RunConfig config, PreparedData prepared, RunFolder run) {
        try {
            run.writeString(RunFolder.CONFIG, config.toJson());
        } catch (IOException e) {
            model.close();
            throw new UncheckedIOException(e);
        }
        Trainer trainer = trainer(config.training(), config.data(), prepared, run, List.of());
        progress.stage("training " + config.modelName() + " on " + prepared.train().size() + " images, validating on "
                + prepared.validation().size());
        TrainedModel trained = trainer.train(model, new TrainingData(prepared.train(), prepared.validation()));
        return finish(trained, prepared, run);
    }

    /**
     * Goes on with a run that was stopped (or crashed) part-way, from the resume point it saved after its last
     * finished epoch, with the settings in its {@code config.json}. The data is loaded and prepared again and must
     * be what the run started with (same content fingerprints); otherwise nothing is changed and the message says
     * which part differs.
     */
    public TrainingOutcome resume(RunFolder run) {
        return resume(run, ResumeChanges.none());
    }

    /**
     * As {@link #resume(RunFolder)}, with a longer patience or another number of epochs; the changed settings and an
     * amendment saying what changed after which epoch are written to {@code config.json} before training goes on.
     */
    public TrainingOutcome resume(RunFolder run, ResumeChanges changes) {
        Path configFile = run.file(RunFolder.CONFIG);
        if (!Files.isRegularFile(configFile)) {
            throw new IllegalArgumentException(run.dir() + " is not a run folder: " + RunFolder.CONFIG + " is missing");
        }
        ResumePoint point = new ResumePoint(run.file(RunFolder.RESUME));
        if (!point.exists()) {
            throw new CannotResumeException(run.dir() + " cannot be resumed: " + whyNotResumable(run));
        }
        RunConfig config;
        try {
            config = RunConfig.read(configFile);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + configFile + ": " + e.getMessage(), e);
        }
        ResumeState state = point.readState();
        TrainingOptions changed = changes.applyTo(config.training(), state,
                run.stopReason() == StopReason.EARLY_STOPPED);
        PreparedData prepared = prepare(config.data(), config.training().seed());
        checkSameData(config, prepared);
        String amendment = changes.describe(config.training(), changed, state.epochsDone());
        if (amendment != null) {
            config = config.amended(changed, amendment);
            try {
                run.writeString(RunFolder.CONFIG, config.toJson());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.stage(amendment);
        }
        Trainer trainer = trainer(config.training(), config.data(), prepared, run, state.history());
        progress.stage("resuming " + config.modelName() + " after epoch " + state.epochsDone() + " of "
                + config.training().maxEpochs() + " (best so far: epoch " + state.bestEpoch() + ")");
        TrainingData trainingData = new TrainingData(prepared.train(), prepared.validation());
        TrainedModel trained = config.transfer() == null ? trainer.resume(trainingData)
                : trainer.resume(trainingData, config.transfer().input(), config.transfer().classes());
        return finish(trained, prepared, run);
    }

    /**
     * Copies a run that can go on (its config.json, outcome.json and resume point) into a new run folder, so that it goes on there
     * and the original stays as it is (e.g. a patience-10 run continued with patience 20); returns the new folder.
     */
    public static RunFolder copyToGoOn(RunFolder from, RunFolder to) throws IOException {
        Path resume = from.file(RunFolder.RESUME);
        if (!new ResumePoint(resume).exists()) {
            throw new CannotResumeException(from.dir() + " cannot be resumed: " + whyNotResumable(from));
        }
        Files.copy(from.file(RunFolder.CONFIG), to.file(RunFolder.CONFIG));
        if (Files.isRegularFile(from.file(RunFolder.OUTCOME))) { // how it stopped decides what it may change
            Files.copy(from.file(RunFolder.OUTCOME), to.file(RunFolder.OUTCOME));
        }
        Files.createDirectories(to.file(RunFolder.RESUME));
        try (var files = Files.list(resume)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.file(RunFolder.RESUME).resolve(f.getFileName().toString()));
            }
        }
        return to;
    }

    private static String whyNotResumable(RunFolder run) {
        StopReason stop = run.stopReason();
        if (stop != null && stop != StopReason.CANCELLED) {
            return "it has finished (" + stop.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "); train a new run instead";
        }
        return "it has no resume point (" + RunFolder.RESUME + "/" + ResumePoint.STATE + "): it stopped before its "
                + "first epoch ended, or was made by a version without resumable runs";
    }

    private static void checkSameData(RunConfig config, PreparedData prepared) {
        Map<String, List<Sample>> now = Map.of("train", prepared.train(), "validation", prepared.validation());
        for (var part : now.entrySet()) {
            DataSummary then = config.dataUsed() == null ? null : config.dataUsed().get(part.getKey());
            DataSummary current = DataSummary.of(part.getValue());
            if (then != null && !then.fingerprint().equals(current.fingerprint())) {
                throw new CannotResumeException("cannot resume: the " + part.getKey() + " data is not what the run "
                        + "started with (" + then.samples() + " images, fingerprint " + then.fingerprint()
                        + "; now " + current.samples() + " images, " + current.fingerprint() + "). Was "
                        + config.data().trainRoot() + " changed?");
            }
        }
    }

    private Trainer trainer(TrainingOptions options, DataOptions data, PreparedData prepared, RunFolder run,
                            List<EpochMetrics> earlierEpochs) {
        Trainer trainer = new Trainer(options)
                .classWeights(prepared.classWeights())
                .control(control)
                .checkpoint(run.file(RunFolder.MODEL))
                .resumable(run.file(RunFolder.RESUME))
                .listener(new HistoryWriter(run, earlierEpochs));
        if (data.augmentation() != null && !data.augmentation().isIdentity()) {
            Augmenter augmenter = new Augmenter(data.augmentation());
            trainer.augmentation(augmenter::augment);
        }
        listeners.forEach(trainer::listener);
        networkListeners.forEach(trainer::networkListener);
        return trainer;
    }

    private TrainingOutcome finish(TrainedModel trained, PreparedData prepared, RunFolder run) {
        LoadedModel model = trained.model();
        try {
            run.writeString(RunFolder.OUTCOME, OutcomeJson.format(trained.outcome()));
            if (trained.outcome().bestEpoch() > 0) {
                Trainer.save(model, run.file(RunFolder.MODEL));
                progress.stage("evaluating on " + prepared.test().size() + " images (" + prepared.testName() + ")");
                RunEvaluation.evaluateAndWrite(model, prepared.test(), ClassSubset.all(), run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            model.close(); // releases the native memory without the two full GCs net.close() would force
        }
        return trained.outcome();
    }

    /** Rewrites history.csv after every epoch, so a stopped run keeps its curve. */
    private static final class HistoryWriter implements TrainingListener {
        private final RunFolder run;
        private final List<EpochMetrics> history = new ArrayList<>();

        HistoryWriter(RunFolder run, List<EpochMetrics> earlier) {
            this.run = run;
            history.addAll(earlier);
        }

        @Override
        public void onEpoch(EpochResult result) {
            history.add(result.metrics());
            try {
                run.writeString(RunFolder.HISTORY, HistoryCsv.format(history));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
