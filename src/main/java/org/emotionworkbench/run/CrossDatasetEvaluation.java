package org.emotionworkbench.run;

import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.LoadMonitor;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.evaluation.ClassSubset;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.io.OutputPaths;
import org.emotionworkbench.model.LoadedModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's saved model (trained here or imported: {@link RunModels#load}) on another dataset (a cross-dataset test),
 * as the CLI's {@code evaluate} does: the dataset's test split (all of it when it has none) is evaluated and
 * report.json/txt, confusion.csv and predictions.csv go to {@code <run>/evaluations/<data folder name>} unless
 * another folder is given. With {@link EvaluationClasses#SHARED}
 * only the classes the run was trained on and the dataset holds are scored ({@link TrainingClasses}).
 */
public final class CrossDatasetEvaluation {
    public static final String FOLDER = "evaluations";

    private CrossDatasetEvaluation() {
    }

    /**
     * {@code <runDir>/evaluations/<file name of the dataset path>}; refused when the run folder (perhaps from someone
     * else) leads outside itself through a symbolic link there.
     */
    public static Path defaultOutput(Path runDir, String dataSpec) {
        Path name = Path.of(dataSpec).toAbsolutePath().normalize().getFileName();
        return OutputPaths.child(runDir, "the run folder " + runDir, FOLDER, name == null ? "data" : name.toString());
    }

    /** The finished evaluations of a run (folders under evaluations/ with a report.json), by name. */
    public static List<Path> list(Path runDir) throws IOException {
        Path dir = runDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(d -> Files.isRegularFile(d.resolve(RunFolder.REPORT_JSON))).sorted().toList();
        }
    }

    /** Loads the dataset (with progress and cancel), then the model, evaluates and writes the reports into {@code out}. */
    public static RunEvaluation.Result evaluate(Path runDir, String dataSpec, SourceOptions source, LoadOptions options,
                                                LoadMonitor monitor, Path out, boolean overwrite) throws IOException {
        return evaluate(runDir, dataSpec, source, options, monitor, out, overwrite, EvaluationClasses.ALL);
    }

    /** As above, scoring the classes {@code classes} asks for (all, or those shared by the run's training data and the dataset). */
    public static RunEvaluation.Result evaluate(Path runDir, String dataSpec, SourceOptions source, LoadOptions options,
                                                LoadMonitor monitor, Path out, boolean overwrite,
                                                EvaluationClasses classes) throws IOException {
        RunFolder run = RunFolder.existing(runDir);
        LoadedDataset dataset = DataSources.load(dataSpec, source, options, monitor);
        List<Sample> samples = RunExecutor.heldOutPart(dataset);
        ClassSubset subset = TrainingClasses.subset(classes, run, samples);
        try (LoadedModel model = RunModels.load(run)) {
            RunFolder destination = RunFolder.createNew(out, overwrite);
            return RunEvaluation.evaluateAndWrite(model, samples, subset, destination);
        }
    }
}
