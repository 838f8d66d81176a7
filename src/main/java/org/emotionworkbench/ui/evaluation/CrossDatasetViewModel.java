package org.emotionworkbench.ui.evaluation;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.evaluation.ClassSubset;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.run.CrossDatasetEvaluation;
import org.emotionworkbench.run.RunEvaluation;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.LoadMonitors;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * "Evaluate on another dataset" (a cross-dataset test, the CLI's {@code evaluate}): a dataset path, then, in the
 * background with progress and cancel, the selected run's model on that dataset's test split; the reports go to
 * {@code <run>/evaluations/<dataset name>}, which the Evaluation screen then shows. "Shared classes only" scores the
 * classes the run was trained on that the dataset also holds (the CLI's {@code --classes shared}).
 */
public final class CrossDatasetViewModel {
    private final WorkbenchContext context;
    private final EvaluationViewModel evaluation;
    private final StringProperty dataPath = new SimpleStringProperty("");
    private final BooleanProperty overwrite = new SimpleBooleanProperty();
    private final BooleanProperty sharedClassesOnly = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageError = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private BackgroundTask<RunEvaluation.Result> task;

    CrossDatasetViewModel(WorkbenchContext context, EvaluationViewModel evaluation) {
        this.context = context;
        this.evaluation = evaluation;
    }

    /** Checks the input and starts the evaluation; returns the task, or null when the input was refused (see message). */
    public BackgroundTask<RunEvaluation.Result> evaluate() {
        RunEntry run = context.selectedRunProperty().get();
        if (run == null || !run.hasModel()) {
            return refuse(run == null ? "Choose a run first." : "The run " + run.name() + " has no saved model (model.zip).");
        }
        String spec = dataPath.get() == null ? "" : dataPath.get().trim();
        if (spec.isEmpty()) {
            return refuse("Enter a dataset: a folder of class folders, a FER2013 CSV or a manifest.");
        }
        Path data = Path.of(spec).toAbsolutePath().normalize();
        if (!Files.exists(data)) {
            return refuse("No folder or file at " + data + ".");
        }
        Path out = CrossDatasetEvaluation.defaultOutput(run.dir(), data.toString());
        if (!overwrite.get() && isNonEmptyFolder(out)) {
            return refuse("The run already has an evaluation named '" + out.getFileName()
                    + "'. Tick \"Replace\" to redo it.");
        }
        SourceOptions source = data.toString().equals(context.datasetSpecProperty().get())
                ? context.datasetSourceProperty().get() : context.labelMaps().optionsFor(data.toString());
        boolean replace = overwrite.get();
        EvaluationClasses classes = sharedClassesOnly.get() ? EvaluationClasses.SHARED : EvaluationClasses.ALL;
        running.set(true);
        messageError.set(false);
        message.set("Evaluating " + run.name() + " on " + data.getFileName() + " …");
        task = context.tasks().submit(BackgroundTask.of("Evaluating " + run.name() + " on " + data.getFileName(),
                        p -> CrossDatasetEvaluation.evaluate(run.dir(), data.toString(), source, context.loadOptions(),
                                LoadMonitors.of(p), out, replace, classes))
                .onSuccess(r -> {
                    messageError.set(false);
                    message.set(String.format(Locale.ROOT, "%s: %d faces, accuracy %.3f, macro F1 %.3f (saved in %s)%s",
                            data.getFileName(), r.predictions().size(), r.report().accuracy(), r.report().macroF1(), out,
                            classesNote(r)));
                    evaluation.refreshSets(out);
                })
                .onFailure(t -> {
                    if (!LoadMonitors.isCancel(t)) {
                        context.errors().report("Evaluating on " + data, t);
                    }
                    messageError.set(!LoadMonitors.isCancel(t));
                    message.set(LoadMonitors.isCancel(t) ? "Stopped." : ErrorLog.describe(t));
                })
                .onCancelled(() -> message.set("Stopped."))
                .onFinally(() -> running.set(false)));
        return task;
    }

    /** Which classes were scored, or, when all were and the model's and the dataset's classes differ, a suggestion. */
    private static String classesNote(RunEvaluation.Result r) {
        ClassSubset c = r.classes();
        if (c.mode() == EvaluationClasses.SHARED) {
            return ". " + c.note(r.imagesLeftOut());
        }
        return c.classesDiffer() ? ". Note: " + c.mismatch() + "; tick \"Shared classes only\" to score only the classes both have." : "";
    }

    private BackgroundTask<RunEvaluation.Result> refuse(String why) {
        messageError.set(true);
        message.set(why);
        return null;
    }

    private static boolean isNonEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (java.io.IOException e) {
            return true;
        }
    }



    public StringProperty dataPathProperty() {
        return dataPath;
    }

    public BooleanProperty overwriteProperty() {
        return overwrite;
    }

    /** Score only the classes the run was trained on that the dataset also holds, predicted among them. */
    public BooleanProperty sharedClassesOnlyProperty() {
        return sharedClassesOnly;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageErrorProperty() {
        return messageError;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }
}
