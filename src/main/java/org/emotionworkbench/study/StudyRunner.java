package org.emotionworkbench.study;

import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.explain.Fgsm;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.evaluation.ClassSubset;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.io.OutputPaths;
import org.emotionworkbench.platform.MemoryUse;
import org.emotionworkbench.run.CannotResumeException;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunEvaluation;
import org.emotionworkbench.run.RunExecutor;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunModels;
import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.run.TrainingClasses;
import org.emotionworkbench.training.ResumePoint;
import org.emotionworkbench.training.StopReason;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingListener;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.training.TrainingOutcome;
import org.emotionworkbench.transfer.FineTuning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a {@link StudySpec}: trains every (sweep combination, source, seed) (a source with {@code from} fine-tunes its parent, as
 * {@code train --from} does) and evaluates each model on every evaluation set.
 * Resumable: finished runs and evaluations are skipped, an unfinished run goes on from its resume point (after its
 * last finished epoch) or, without one, is redone from scratch. A study folder
 * holds one study: running a different spec in it is refused. After each run the process's memory is logged and
 * written to {@code memory.csv} (see {@link MemoryLog}).
 */
public final class StudyRunner {
    /** FGSM accuracy per ε, beside an evaluation's predictions. */
    public static final String ROBUSTNESS = "robustness.json";

    private final LoadOptions loadOptions;
    private final RunProgress progress;
    private final List<TrainingListener> listeners;
    private final TrainingControl control;
    private final Map<String, List<Sample>> evaluationData = new HashMap<>();

    public StudyRunner(LoadOptions loadOptions, RunProgress progress, List<TrainingListener> listeners,
                       TrainingControl control) {
        this.loadOptions = loadOptions;
        this.progress = progress;
        this.listeners = List.copyOf(listeners);
        this.control = control;
    }

    /** Returns true when every run and evaluation is finished (false when stopped by request). */
    public boolean run(StudySpec spec, Path dir) throws IOException {
        StudyLayout layout = open(spec, dir);
        MemoryLog memory = new MemoryLog(dir);
        for (StudyRun run : StudyRun.all(spec, layout)) {
            long started = System.nanoTime();
            if (!runOne(spec, layout, run)) {
                return false;
            }
            MemoryUse use = MemoryUse.afterCollection();
            double seconds = (System.nanoTime() - started) / 1e9;
            progress.stage(run.label() + ": memory after the run: " + use.describe());
            memory.record(run.group(), run.seed(), use, seconds);
        }
        return true;
    }

    /**
     * Creates the study folder and writes the spec to its {@code study.json}, or, when the folder already holds a
     * study, checks that it is this one (a different spec is refused: one folder, one study).
     */
    public static StudyLayout open(StudySpec spec, Path dir) throws IOException {
        StudyLayout layout = new StudyLayout(dir);
        Files.createDirectories(dir);
        String json = spec.toJson();
        if (Files.isRegularFile(layout.spec())) {
            if (!Files.readString(layout.spec()).equals(json)) {
                throw new IllegalArgumentException(dir + " already holds a different study (" + layout.spec()
                        + "); use a new --out folder, or the same spec to resume");
            }
        } else {
            AtomicFiles.writeString(layout.spec(), json);
        }
        return layout;
    }

    /**
     * Trains one run of the study unless it is finished (an unfinished one goes on after its last finished epoch when
     * it can, else it is redone from scratch), then evaluates
     * it on every evaluation set it has no predictions for. Both the single-machine loop ({@link #run}) and the
     * Spark tasks (study/spark) run a study's runs through here. Returns false when stopped by request.
     */
    public boolean runOne(StudySpec spec, StudyLayout layout, StudyRun run) throws IOException {
        String label = run.label();
        StudySpec.Source source = run.source();
        if (StudyLayout.finished(run.dir())) {
            progress.stage(label + ": already trained");
        } else {
            RunExecutor executor = new RunExecutor(loadOptions).progress(progress).control(control);
            listeners.forEach(executor::listener);
            TrainingOptions training = spec.trainingFor(run.combination(), run.seed());
            TrainingOutcome outcome = resumeIfPossible(executor, run, training);
            if (outcome == null) {
                progress.stage(label + ": training");
                clearRun(run.dir());
                RunFolder folder = RunFolder.createNew(run.dir(), true);
                outcome = source.fineTunes()
                        ? FineTuning.run(executor, source.fineTuning(), training, source.dataOptions(), folder)
                        : executor.execute(spec.model(), training, source.dataOptions(), folder);
            }
            if (outcome.stopReason() == StopReason.CANCELLED) {
                progress.stage(label + ": stopped; run the study again to resume");
                return false;
            }
            if (outcome.stopReason() == StopReason.DIVERGED) {
                throw new IllegalStateException(label + ": " + outcome.message());
            }
            // a run that stopped early keeps a resume point to go on with a longer patience; a study's runs follow
            // the spec, so it would only take room (15 MB for a Pisa run)
            new ResumePoint(run.dir().resolve(RunFolder.RESUME)).delete();
        }
        evaluate(spec, layout, source, run.combination(), run.seed(), label);
        return true;
    }

    /**
     * Goes on with an unfinished run from its resume point (a run stopped by request, or whose process or Spark task
     * died) when it has one and its config.json holds the training settings the spec gives it; null when it cannot,
     * and the run is to be trained from the start.
     */
    private TrainingOutcome resumeIfPossible(RunExecutor executor, StudyRun run, TrainingOptions training) {
        RunFolder folder = new RunFolder(run.dir());
        if (!new ResumePoint(folder.file(RunFolder.RESUME)).exists()) {
            return null;
        }
        try {
            RunConfig config = RunConfig.read(folder.file(RunFolder.CONFIG));
            if (!training.equals(config.training())) {
                progress.stage(run.label() + ": its resume point was saved with other training settings; training "
                        + "from the start");
                return null;
            }
            progress.stage(run.label() + ": resuming");
            return executor.resume(folder);
        } catch (IOException | CannotResumeException e) {
            progress.stage(run.label() + ": cannot resume (" + e.getMessage() + "); training from the start");
            return null;
        }
    }

    private void evaluate(StudySpec spec, StudyLayout layout, StudySpec.Source source, Sweep.Combination combination,
                          long seed, String label)
            throws IOException {
        LoadedModel model = null;
        try {
            for (StudySpec.EvaluationSet e : spec.evaluations()) {
                Path out = OutputPaths.contained(layout.dir(), layout.evaluation(source.name(), combination, seed, e.name()),
                        "the study " + spec.name());
                if (StudyLayout.evaluated(out)) {
                    continue;
                }
                RunFolder runFolder = RunFolder.existing(layout.run(source.name(), combination, seed));
                if (model == null) { // any run: trained here, fine-tuned, imported
                    model = RunModels.load(runFolder);
                }
                progress.stage(label + ": evaluating on " + e.name());
                List<Sample> samples = data(e);
                RunFolder folder = RunFolder.createNew(out, true);
                if (!spec.robustness().epsilons().isEmpty()) {
                    progress.stage(label + ": FGSM robustness on " + e.name());
                    // explain/CamNetwork sees through a fine-tuned model's frozen layers (FrozenLayersExplainTest)
                    Map<Integer, Double> acc = Fgsm.accuracy(model, Fgsm.subset(samples, spec.robustness().images(), seed),
                            spec.robustness().epsilons());
                    folder.writeString(ROBUSTNESS, StudySpec.JSON.writeValueAsString(Map.of(
                            "images", Math.min(samples.size(), spec.robustness().images()),
                            "accuracyByEpsilon255", acc)));
                }
                ClassSubset classes = TrainingClasses.subset(
                        e.classes() == null ? EvaluationClasses.ALL : e.classes(), runFolder, samples);
                RunEvaluation.evaluateAndWrite(model, samples, classes, folder); // predictions.csv last: marks it done
            }
        } finally {
            if (model != null) {
                model.close();
            }
        }
    }

    private List<Sample> data(StudySpec.EvaluationSet e) {
        return evaluationData.computeIfAbsent(e.data(),
                d -> RunExecutor.heldOutPart(DataSources.load(d, loadOptions)));
    }

    /** Removes an unfinished run's files (only the run's own file names, and its evaluations folder). */
    private static void clearRun(Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        for (String f : new String[]{RunFolder.CONFIG, RunFolder.HISTORY, RunFolder.MODEL, RunFolder.OUTCOME,
                RunFolder.REPORT_JSON, RunFolder.REPORT_TXT, RunFolder.CONFUSION, RunFolder.PREDICTIONS}) {
            Files.deleteIfExists(runDir.resolve(f));
        }
        Path evaluations = runDir.resolve("evaluations");
        if (Files.isDirectory(evaluations)) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(evaluations)) {
                paths = new ArrayList<>(walk.toList());
            }
            paths.sort((a, b) -> b.getNameCount() - a.getNameCount());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}
