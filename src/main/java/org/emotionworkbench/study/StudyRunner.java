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
import org.emotionworkbench.run.RunEvaluation;
import org.emotionworkbench.run.RunExecutor;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunModels;
import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.run.TrainingClasses;
import org.emotionworkbench.training.StopReason;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingListener;
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
 * Resumable: finished runs and evaluations are skipped, an unfinished run is redone from scratch. A study folder
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
        int total = spec.runCount();
        int n = 0;
        MemoryLog memory = new MemoryLog(dir);
        for (Sweep.Combination combination : spec.combinations()) {
            for (StudySpec.Source source : spec.sources()) {
                for (long seed : spec.seeds()) {
                    n++;
                    long started = System.nanoTime();
                    Path runDir = OutputPaths.contained(dir, layout.run(source.name(), combination, seed),
                            "the study " + spec.name());
                    String label = "[" + n + "/" + total + "] " + source.name()
                            + (combination.label().isEmpty() ? "" : " " + combination.label()) + " seed " + seed;
                    if (StudyLayout.finished(runDir)) {
                        progress.stage(label + ": already trained");
                    } else {
                        progress.stage(label + ": training");
                        clearRun(runDir);
                        RunExecutor executor = new RunExecutor(loadOptions).progress(progress).control(control);
                        listeners.forEach(executor::listener);
                        RunFolder run = RunFolder.createNew(runDir, true);
                        TrainingOutcome outcome = source.fineTunes()
                                ? FineTuning.run(executor, source.fineTuning(), spec.trainingFor(combination, seed),
                                source.dataOptions(), run)
                                : executor.execute(spec.model(), spec.trainingFor(combination, seed), source.dataOptions(), run);
                        if (outcome.stopReason() == StopReason.CANCELLED) {
                            progress.stage(label + ": stopped; run the study again to resume");
                            return false;
                        }
                        if (outcome.stopReason() == StopReason.DIVERGED) {
                            throw new IllegalStateException(label + ": " + outcome.message());
                        }
                    }
                    evaluate(spec, layout, source, combination, seed, label);
                    MemoryUse use = MemoryUse.afterCollection();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    progress.stage(label + ": memory after the run: " + use.describe());
                    memory.record(source.name() + (combination.label().isEmpty() ? "" : " " + combination.label()),
                            seed, use, seconds);
                }
            }
        }
        return true;
    }

    private void evaluate(StudySpec spec, StudyLayout layout, StudySpec.Source source, Sweep.Combination combination,
                          long seed, String label)
            throws IOException {
        LoadedModel model = null;
        try {
            for (StudySpec.EvaluationSet e : spec.evaluations()) {
                Path out = OutputPaths.contained(layout.dir(), layout.evaluation(source.name(), combination, seed, e.name()),
                        "the study " + spec.name());
                if (Files.isRegularFile(out.resolve(RunFolder.PREDICTIONS))) {
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
