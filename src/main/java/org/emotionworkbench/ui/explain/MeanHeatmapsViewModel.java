package org.emotionworkbench.ui.explain;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.ExplainRequest;
import org.emotionworkbench.run.RunExplainer;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskProgress;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Per-class mean heatmaps over the run's whole evaluation set (every face of its predictions.csv), computed by the
 * engine in the background with progress and cancel, with the Explain screen's method and layer.
 */
public final class MeanHeatmapsViewModel {
    private final ExplainViewModel explain;
    private final ReadOnlyObjectWrapper<RunExplainer.MeanHeatmapsResult> result = new ReadOnlyObjectWrapper<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private BackgroundTask<RunExplainer.MeanHeatmapsResult> task;

    MeanHeatmapsViewModel(ExplainViewModel explain) {
        this.explain = explain;
    }

    /** Starts averaging; returns the task, or null when there is nothing to average (see status). */
    public BackgroundTask<RunExplainer.MeanHeatmapsResult> start() {
        RunEntry run = explain.runProperty().get();
        if (run == null || !run.hasModel()) {
            status.set(run == null ? "Choose a run first." : "The run " + run.name() + " has no saved model.");
            return null;
        }
        var set = explain.evaluationSetProperty().get();
        Path csv = (set == null ? run.dir() : set.dir()).resolve(RunFolder.PREDICTIONS);
        if (!Files.isRegularFile(csv)) {
            status.set("This evaluation set has no predictions.csv to average over.");
            return null;
        }
        cancel();
        ExplainSettings settings = explain.settings();
        ExplainRequest request = settings.meanRequest();
        String grouping = request.target().kind() == ClassTarget.Kind.PREDICTED ? "predicted class" : "true class";
        result.set(null);
        running.set(true);
        progress.set(0);
        status.set("Averaging " + settings.method() + " heatmaps of the evaluation set by " + grouping + " …");
        BackgroundTask<RunExplainer.MeanHeatmapsResult> t = BackgroundTask.of("Mean heatmaps of " + run.name(), p -> {
            List<RunExplainer.Face> faces = PredictionsCsv.read(csv).stream()
                    .map(f -> new RunExplainer.Face(f.file(), f.trueLabel())).toList();
            return explain.models().get(run.dir()).meanHeatmaps(faces, explain.sources(), request, monitor(p));
        });
        task = t;
        progress.bind(t.progressProperty());
        explain.context().tasks().submit(t
                .onSuccess(r -> {
                    if (task == t) {
                        result.set(r);
                        status.set(String.format(Locale.ROOT, "%s of layer %s, %d faces grouped by %s%s.",
                                ExplainViewModel.title(r.method()), r.layer(), r.explained(), grouping,
                                r.skipped() == 0 ? "" : "; " + r.skipped() + " skipped (" + r.problems().get(0) + ")"));
                    }
                })
                .onFailure(e -> {
                    if (task == t) {
                        explain.context().errors().report("Mean heatmaps of " + run.name(), e);
                        status.set(ErrorLog.describe(e));
                    }
                })
                .onCancelled(() -> {
                    if (task == t) {
                        status.set("Stopped.");
                    }
                })
                .onFinally(() -> {
                    if (task == t) {
                        running.set(false);
                        progress.unbind();
                    }
                }));
        return t;
    }

    private static RunExplainer.Monitor monitor(TaskProgress p) {
        return new RunExplainer.Monitor() {
            @Override
            public void progress(int done, int total) {
                p.update((double) done / total, done + " / " + total + " faces");
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Forgets the means (another run was chosen) and stops a computation in progress. */
    void clear() {
        cancel();
        task = null;
        running.set(false);
        progress.unbind();
        progress.set(0);
        result.set(null);
        status.set("");
    }

    public ReadOnlyObjectProperty<RunExplainer.MeanHeatmapsResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
