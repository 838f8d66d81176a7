package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.evaluation.ClassSubset;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.run.CrossDatasetEvaluation;
import org.emotionworkbench.run.RunEvaluation;
import org.emotionworkbench.run.RunExecutor;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunModels;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.run.TrainingClasses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a run's saved model on another dataset (cross-dataset test).",
                "Writes report.json, report.txt, confusion.csv, predictions.csv."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "<runDir>", description = "A finished run folder.")
    Path runDir;

    @Option(names = "--data", required = true, paramLabel = "<data>",
            description = "Dataset to evaluate on: its test split, or all of it when it has no train/test folders.")
    Path data;

    @Option(names = "--out", paramLabel = "<dir>",
            description = "Where to write the reports. Default: <runDir>/evaluations/<name of the data folder>.")
    Path out;

    @Option(names = "--overwrite", description = "Allow writing into a non-empty output folder.")
    boolean overwrite;

    @Option(names = "--classes", defaultValue = "all", paramLabel = "all|shared",
            description = {"all: every test image, predicted over the 7 classes. shared: only the test images whose class "
                    + "the run was trained on, predicted among the classes the run's training data and the test set "
                    + "share (report.json and report.txt name them). Default: ${DEFAULT-VALUE}."})
    String classes;

    @Mixin
    CacheOptions cache;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        EvaluationClasses mode = EvaluationClasses.parse(classes);
        RunFolder run = RunFolder.existing(runDir);
        Path target = out != null ? out : CrossDatasetEvaluation.defaultOutput(runDir, data.toString());
        try (LoadedModel model = RunModels.load(run)) {
            LoadedDataset dataset = DataSources.load(data.toString(), cache.toLoadOptions());
            List<Sample> samples = RunExecutor.heldOutPart(dataset);
            ClassSubset subset = TrainingClasses.subset(mode, run, samples);
            if (mode == EvaluationClasses.ALL && subset.classesDiffer()) {
                o.println("note: " + subset.mismatch() + "; --classes shared scores only the classes both have");
            }
            RunFolder destination = RunFolder.createNew(target, overwrite);
            o.printf("evaluating %s on %d images from %s%n", runDir, samples.size(), data);
            RunEvaluation.evaluateAndWrite(model, samples, subset, destination);
            o.print(Files.readString(destination.file(RunFolder.REPORT_TXT)));
            o.println("reports written to " + target);
        }
        o.flush();
        return 0;
    }
}
