package org.emotionworkbench.ui.explain;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.emotionworkbench.dataset.DecodeException;
import org.emotionworkbench.dataset.SourcePixels;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.ExplainRequest;
import org.emotionworkbench.explain.FaceExplanation;
import org.emotionworkbench.explain.Heatmap;
import org.emotionworkbench.explain.HeatmapComparison;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.run.RunExplainer;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.ui.ExplainTarget;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.evaluation.EvaluationSet;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Explain screen's state: the run and face explained (following the context's explain target), a second run to
 * compare with, the settings (class, layer, method, colormap, opacity), and the latest result: heatmap,
 * probabilities, trust and, with a second run, the difference map. Heatmaps are computed by the engine in the
 * background, with each run's model loaded once and kept ({@link ModelCache}, closed on exit).
 */
public final class ExplainViewModel {
    private final WorkbenchContext context;
    private final ModelCache<RunExplainer> models;
    private final SourcePixels sources = new SourcePixels(null);
    private final ObjectProperty<RunEntry> run = new SimpleObjectProperty<>();
    private final ObjectProperty<RunEntry> compareRun = new SimpleObjectProperty<>();
    private final FilteredList<RunEntry> compareCandidates;
    private final ObjectProperty<FaceChoice> face = new SimpleObjectProperty<>();
    private final ObservableList<EvaluationSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<EvaluationSet> evaluationSet = new SimpleObjectProperty<>();
    private final ObservableList<FaceChoice> faces = FXCollections.observableArrayList();
    private final FilteredList<FaceChoice> shownFaces = new FilteredList<>(faces);
    private final BooleanProperty mistakesOnly = new SimpleBooleanProperty();
    private final ObjectProperty<ClassTarget> target = new SimpleObjectProperty<>(ClassTarget.predicted());
    private final StringProperty layer = new SimpleStringProperty();
    private final ObjectProperty<MethodOption> method = new SimpleObjectProperty<>(MethodOption.GRAD_CAM);
    private final ObjectProperty<Colormap> colormap = new SimpleObjectProperty<>(Colormap.JET);
    private final DoubleProperty opacity = new SimpleDoubleProperty(0.5);
    private final ObservableList<String> layers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ExplainResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Heatmap> heatmap = new ReadOnlyObjectWrapper<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusError = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final MeanHeatmapsViewModel means;
    private boolean applying;
    private long generation;
    private long facesGeneration;
    private BackgroundTask<ExplainResult> lastTask;

    public ExplainViewModel(WorkbenchContext context) {
        this(context, new ModelCache<>(3, RunExplainer::open, ExplainViewModel::modelVersion));
        context.closeOnExit(models);
    }

    ExplainViewModel(WorkbenchContext context, ModelCache<RunExplainer> models) {
        this.context = context;
        this.models = models;
        this.means = new MeanHeatmapsViewModel(this);
        this.compareCandidates = new FilteredList<>(context.runs().runs());
        mistakesOnly.addListener((o, a, only) -> shownFaces.setPredicate(only ? FaceChoice::isMistake : null));
        ChangeListener<Object> recompute = (o, a, b) -> {
            if (!applying) {
                recompute();
            }
        };
        run.addListener((o, a, r) -> listSets(r, sameFolder(a, r) && evaluationSet.get() != null
                ? evaluationSet.get().dir() : null));
        evaluationSet.addListener((o, a, set) -> {
            loadFaces(set);
            means.clear();
        });
        run.addListener(recompute);
        run.addListener((o, a, r) -> {
            compareCandidates.setPredicate(c -> r == null || !sameFolder(c, r));
            if (r != null && compareRun.get() != null && sameFolder(compareRun.get(), r)) {
                compareRun.set(null); // a run is not compared with itself
            }
        });
        compareRun.addListener(recompute);
        face.addListener(recompute);
        target.addListener(recompute);
        layer.addListener(recompute);
        method.addListener(recompute);
        context.explainTargetProperty().addListener((o, a, t) -> apply(t));
        context.runs().runs().addListener((ListChangeListener<RunEntry>) c -> {
            followRescan(run);
            followRescan(compareRun);
        });
        context.selectedRunProperty().addListener((o, a, r) -> {
            if (run.get() == null && r != null) {
                run.set(r);
            }
        });
        if (context.explainTargetProperty().get() != null) {
            apply(context.explainTargetProperty().get());
        } else if (context.selectedRunProperty().get() != null) {
            run.set(context.selectedRunProperty().get());
        } else {
            recompute();
        }
    }

    private static long modelVersion(Path runDir) {
        try {
            return Files.getLastModifiedTime(runDir.resolve(RunFolder.MODEL)).toMillis();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * After a rescan of the runs: the run as the list has it now (a rescan makes new entries of the same folders).
     * An unchanged run is swapped silently (equal values fire no change); a changed one (say, evaluated since) is
     * shown afresh. A run whose folder is gone is kept.
     */
    private void followRescan(ObjectProperty<RunEntry> property) {
        RunEntry r = property.get();
        if (r != null) {
            context.runs().find(r.dir()).filter(fresh -> fresh != r).ifPresent(property::set);
        }
    }

    private static boolean sameFolder(RunEntry a, RunEntry b) {
        return a != null && b != null && a.dir().toAbsolutePath().normalize().equals(b.dir().toAbsolutePath().normalize());
    }

    /** Shows the context's explain target: its run and face, explained at once. */
    private void apply(ExplainTarget t) {
        if (t == null) {
            return;
        }
        applying = true;
        try {
            RunEntry target = context.runs().find(t.runDir()).orElseGet(() -> RunEntry.read(t.runDir()));
            if (target.equals(run.get())) {
                listSets(target, evaluationSet.get() == null ? null : evaluationSet.get().dir()); // new evaluations
            }
            run.set(target);
            face.set(new FaceChoice(t.imageSource(), t.trueLabel(), t.predicted(), Double.NaN));
        } finally {
            applying = false;
        }
        recompute();
    }

    /** The current settings as one value. */
    public ExplainSettings settings() {
        return new ExplainSettings(target.get(), layer.get(), method.get(), colormap.get(), opacity.get());
    }

    /** Explains the current face with the current settings (in the background); a newer request wins. */
    public BackgroundTask<ExplainResult> recompute() {
        long gen = ++generation;
        RunEntry r = run.get();
        FaceChoice f = face.get();
        if (r == null || f == null) {
            result.set(null);
            heatmap.set(null);
            statusError.set(false);
            status.set(r == null ? "Choose a run, then a face: from the list (the run's evaluation set), from the "
                    + "Evaluation screen's gallery, or an image file." : "Choose a face from the list or open an image file.");
            return null;
        }
        if (!r.hasModel()) {
            return fail(gen, r.damaged() ? "The run " + r.name() + " cannot be explained: " + r.problem()
                    : "The run " + r.name() + " has no saved model (model.zip) to explain.");
        }
        ExplainRequest request = settings().request();
        RunEntry other = compareRun.get();
        Path otherDir = other == null || other.dir().equals(r.dir()) ? null : other.dir();
        busy.set(true);
        statusError.set(false);
        status.set((models.isLoaded(r.dir()) ? "Explaining " : "Loading the model of " + r.name() + " and explaining ")
                + f.fileName() + " …");
        lastTask = context.tasks().submit(BackgroundTask.of("Explaining " + f.fileName(),
                        p -> explain(r.dir(), f, request, otherDir))
                .onSuccess(res -> {
                    if (gen == generation) {
                        show(res);
                    }
                })
                .onFailure(t -> {
                    if (gen == generation) {
                        if (!(t instanceof IllegalArgumentException)) {
                            context.errors().report("Explaining " + f.source(), t);
                        }
                        fail(gen, ErrorLog.describe(t));
                    }
                })
                .onFinally(() -> {
                    if (gen == generation) {
                        busy.set(false);
                    }
                }));
        return lastTask;
    }

    /** The work itself, off the UI thread: engine calls only. */
    private ExplainResult explain(Path runDir, FaceChoice f, ExplainRequest request, Path otherDir) throws Exception {
        RunExplainer a = models.get(runDir);
        float[] px;
        try {
            px = sources.load(f.source());
        } catch (DecodeException e) {
            throw new IllegalArgumentException("cannot read the image " + f.source() + ": " + e.getMessage(), e);
        }
        ExplainRequest req = has(a, request.layer()) ? request : request.withLayer(null);
        FaceExplanation main = a.explain(px, f.trueLabel(), req);
        FaceExplanation other = null;
        HeatmapComparison cmp = null;
        if (otherDir != null) {
            RunExplainer b = models.get(otherDir);
            ExplainRequest same = req.withTarget(ClassTarget.of(main.explanation().target()));
            other = b.explain(px, f.trueLabel(), has(b, req.layer()) ? same : same.withLayer(null));
            cmp = HeatmapComparison.of(main.explanation(), other.explanation());
        }
        return new ExplainResult(runDir, f, px, a.convolutionLayers(), main, otherDir, other, cmp);
    }

    private static boolean has(RunExplainer model, String layer) {
        return layer == null || model.convolutionLayers().contains(layer);
    }

    private void show(ExplainResult res) {
        if (!layers.equals(res.layers())) {
            applying = true;
            try {
                layers.setAll(res.layers());
            } finally {
                applying = false;
            }
        }
        if (!java.util.Objects.equals(layer.get(), res.main().layer())) {
            // the list shows the layer actually explained (the last one when none was chosen), without recomputing
            applying = true;
            try {
                layer.set(res.main().layer());
            } finally {
                applying = false;
            }
        }
        result.set(res);
        heatmap.set(res.main().heatmap());
        statusError.set(false);
        status.set(describe(res));
    }

    static String describe(ExplainResult res) {
        FaceExplanation m = res.main();
        var e = m.explanation();
        String s = String.format(Locale.ROOT, "%s of layer %s for class %s (p = %.2f); the model predicts %s (p = %.2f)",
                title(m.method()), m.layer(), e.target(), e.targetProbability(), e.predicted(),
                e.probabilities()[e.predicted().ordinal()]);
        if (res.face().trueLabel() != null) {
            s += "; true class " + res.face().trueLabel();
        }
        return s + ".";
    }

    static String title(String engineMethod) {
        for (MethodOption o : MethodOption.values()) {
            if (o.engineName().equals(engineMethod)) {
                return o.toString();
            }
        }
        return engineMethod;
    }

    private BackgroundTask<ExplainResult> fail(long gen, String message) {
        if (gen == generation) {
            result.set(null);
            heatmap.set(null);
            statusError.set(true);
            status.set(message);
        }
        return null;
    }

    /** The run's evaluation sets (its own test set, then other datasets it was evaluated on); its own one chosen. */
    private void listSets(RunEntry r, Path keep) {
        if (r == null) {
            sets.clear();
            evaluationSet.set(null);
            return;
        }
        List<EvaluationSet> found;
        try {
            found = EvaluationSet.of(r.dir());
        } catch (java.io.IOException e) {
            context.errors().report("Listing the evaluations of " + r.dir(), e);
            found = List.of(new EvaluationSet("own test set", r.dir(), true));
        }
        sets.setAll(found);
        evaluationSet.set(found.stream().filter(x -> x.dir().equals(keep)).findFirst().orElse(found.get(0)));
    }

    /** Lists the faces of an evaluation set (its predictions.csv) in the background. */
    private void loadFaces(EvaluationSet set) {
        long gen = ++facesGeneration;
        faces.clear();
        if (set == null) {
            return;
        }
        Path csv = set.dir().resolve(RunFolder.PREDICTIONS);
        if (!Files.isRegularFile(csv)) {
            return;
        }
        context.tasks().submit(BackgroundTask.of("Listing the faces of " + set.dir().getFileName(),
                        p -> PredictionsCsv.read(csv).stream().map(FaceChoice::of).toList())
                .onSuccess(list -> {
                    if (gen == facesGeneration) {
                        faces.setAll(list);
                    }
                })
                .onFailure(t -> context.errors().report("Reading " + csv, t)));
    }

    /** The faces of the run's evaluation set, all of them (not only the mistakes). */
    List<FaceChoice> allFaces() {
        return List.copyOf(faces);
    }

    public WorkbenchContext context() {
        return context;
    }

    ModelCache<RunExplainer> models() {
        return models;
    }

    SourcePixels sources() {
        return sources;
    }

    public ObjectProperty<RunEntry> runProperty() {
        return run;
    }

    /** The evaluation sets of the run: where the face list and the mean heatmaps come from. */
    public ObservableList<EvaluationSet> sets() {
        return sets;
    }

    public ObjectProperty<EvaluationSet> evaluationSetProperty() {
        return evaluationSet;
    }

    /** The runs "Compare with" offers: every run but the one explained. */
    public ObservableList<RunEntry> compareCandidates() {
        return compareCandidates;
    }

    public ObjectProperty<RunEntry> compareRunProperty() {
        return compareRun;
    }

    public ObjectProperty<FaceChoice> faceProperty() {
        return face;
    }

    public ObservableList<FaceChoice> faces() {
        return shownFaces;
    }

    public BooleanProperty mistakesOnlyProperty() {
        return mistakesOnly;
    }

    public ObjectProperty<ClassTarget> targetProperty() {
        return target;
    }

    /** The convolution layer explained; null = the last one. */
    public StringProperty layerProperty() {
        return layer;
    }

    public ObjectProperty<MethodOption> methodProperty() {
        return method;
    }

    public ObjectProperty<Colormap> colormapProperty() {
        return colormap;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    /** The run's convolution layers (known once its model is loaded). */
    public ObservableList<String> layers() {
        return layers;
    }

    public ReadOnlyObjectProperty<ExplainResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The heatmap drawn now: null until a face has been explained. */
    public ReadOnlyObjectProperty<Heatmap> heatmapProperty() {
        return heatmap.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusErrorProperty() {
        return statusError;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public MeanHeatmapsViewModel means() {
        return means;
    }

    /** The latest explain task (for tests). */
    BackgroundTask<ExplainResult> lastTask() {
        return lastTask;
    }
}
