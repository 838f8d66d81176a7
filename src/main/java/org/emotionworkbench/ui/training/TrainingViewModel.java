package org.emotionworkbench.ui.training;

import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.run.HistoryCsv;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunExecutor;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.training.Dl4jTrainingUi;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingOutcome;
import org.emotionworkbench.transfer.FineTuning;
import javafx.collections.transformation.FilteredList;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.DataPreparation;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskProgress;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Training screen's state and actions: the settings form, what data and model will be used, Start (a run in
 * the background into a new workspace run folder) and Stop (between batches; the run folder is still completed),
 * the live progress, the outcome, and DL4J's own training UI. No controls here; the view binds to it.
 */
public final class TrainingViewModel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final WorkbenchContext context;
    private final Clock clock;
    private final BrowserOpener browser;
    private final TrainingSettings settings = new TrainingSettings();
    private final StartFrom startFrom = new StartFrom();
    private final FilteredList<RunEntry> parentRuns;
    private final TrainingProgressModel progress = new TrainingProgressModel();
    private final StringProperty runName = new SimpleStringProperty("");
    private final BooleanProperty recordForDl4jUi = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stopRequested = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper evaluationAvailable = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Path> lastRun = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper dl4jUiUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dl4jUiStarting = new ReadOnlyBooleanWrapper(false);
    private final StringBinding problems;
    private final BooleanBinding canStart;
    private final BooleanBinding canResume;
    private final StringBinding datasetSummary;
    private final StringBinding preparationSummary;
    private final StringBinding modelSummary;
    private String lastDefaultName;
    private TrainingControl control;
    private Dl4jTrainingUi dl4jUi;

    public TrainingViewModel(WorkbenchContext context) {
        this(context, Clock.systemDefaultZone(), BrowserOpener.DESKTOP);
    }

    public TrainingViewModel(WorkbenchContext context, Clock clock, BrowserOpener browser) {
        this.context = context;
        this.clock = clock;
        this.browser = browser;
        parentRuns = new FilteredList<>(context.runs().runs(), r -> r.hasModel() && r.config() != null);
        problems = Bindings.createStringBinding(this::findProblems, settings.validatedProperty(),
                context.datasetSpecProperty(), context.datasetSourceProperty(), context.modelProperty(),
                context.preparationProperty(), runName, startFrom.validatedProperty());
        canStart = Bindings.createBooleanBinding(() -> problems.get().isEmpty() && !running.get(), problems, running);
        canResume = Bindings.createBooleanBinding(() -> !running.get() && context.selectedRunProperty().get() != null
                && context.selectedRunProperty().get().resumable(), running, context.selectedRunProperty());
        datasetSummary = Bindings.createStringBinding(() -> RunSummaries.dataset(context.datasetSpecProperty().get(),
                context.datasetProperty().get()), context.datasetSpecProperty(), context.datasetProperty());
        preparationSummary = Bindings.createStringBinding(() -> RunSummaries.preparation(
                context.preparationProperty().get()), context.preparationProperty());
        modelSummary = Bindings.createStringBinding(() -> startFrom.sourceProperty().get() == StartFrom.Source.PARENT
                        ? "Not used: the run fine-tunes " + parentName(startFrom.pathProperty().get())
                        + " (Start from, above)." : RunSummaries.model(context.modelProperty().get()),
                context.modelProperty(), startFrom.sourceProperty(), startFrom.pathProperty());
        refreshDefaultName();
        planEpochAxis();
        settings.epochsProperty().addListener((o, a, b) -> planEpochAxis());
        context.modelProperty().addListener((o, a, b) -> refreshDefaultName());
        context.datasetSpecProperty().addListener((o, a, b) -> refreshDefaultName());
        startFrom.sourceProperty().addListener((o, a, b) -> refreshDefaultName());
        startFrom.pathProperty().addListener((o, a, b) -> refreshDefaultName());
    }

    private void planEpochAxis() {
        if (running.get()) {
            return;
        }
        try {
            progress.plan(Integer.parseInt(settings.epochsProperty().get().trim()));
        } catch (RuntimeException e) {
            // not a number (yet): the form says so; the axis stays
        }
    }

    /**
     * {@code <model>-<dataset>-<yyyyMMdd-HHmm>}, e.g. tiny-sample-data-20260301-1415; a fine-tuning run is named
     * {@code ft-<parent>-...} after the run folder or file it starts from.
     */
    public String defaultRunName() {
        ModelSpec m = context.modelProperty().get();
        String spec = context.datasetSpecProperty().get();
        String model = m == null ? "model" : m.name();
        if (startFrom.sourceProperty().get() == StartFrom.Source.PARENT) {
            model = "ft-" + parentName(startFrom.pathProperty().get());
        }
        String data = spec == null || spec.isBlank() ? "data" : RunSummaries.shortName(spec);
        return model + "-" + data + "-" + LocalDateTime.now(clock).format(STAMP);
    }

    /** Puts the default name in the field unless the user typed their own. */
    private void refreshDefaultName() {
        String current = runName.get();
        if (current == null || current.isBlank() || current.equals(lastDefaultName)) {
            lastDefaultName = defaultRunName();
            runName.set(lastDefaultName);
        }
    }

    private static String parentName(String path) {
        String p = path == null ? "" : path.trim().replace('\\', '/');
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        String name = p.substring(p.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && StartFrom.modelFile(name)) {
            name = name.substring(0, dot);
        }
        return name.isBlank() ? "model" : name;
    }

    private String findProblems() {
        List<String> found = new ArrayList<>(settings.validatedProperty().get().problems());
        StartFrom.Validated from = startFrom.validatedProperty().get();
        found.addAll(from.problems());
        boolean fineTuning = startFrom.sourceProperty().get() == StartFrom.Source.PARENT;
        String spec = context.datasetSpecProperty().get();
        if (spec == null || spec.isBlank()) {
            found.add("Open a dataset on the Datasets screen first.");
        } else if (context.datasetSourceProperty().get() != null && !context.datasetSourceProperty().get().isDefault()) {
            found.add("This dataset was opened with a layout, label map or labels file, which training cannot "
                    + "repeat yet: write it as a manifest (ew dataset manifest ... --out data.json) and open that.");
        }
        ModelSpec model = context.modelProperty().get();
        if (fineTuning) {
            // the model is the parent's, checked when Start opens it
        } else if (model == null) {
            found.add("Choose a model on the Model screen first.");
        } else {
            try {
                model.analyse();
            } catch (RuntimeException e) {
                found.add("Model: " + ErrorLog.describe(e));
            }
        }
        if (runName.get() == null || runName.get().isBlank()) {
            found.add("Give the run a name (it names the run folder).");
        }
        return String.join("\n", found);
    }

    /** The run Start would begin now (its folder is the first free name in the workspace). */
    public TrainingRequest request() {
        if (!problems.get().isEmpty()) {
            throw new IllegalStateException(problems.get());
        }
        String spec = context.datasetSpecProperty().get();
        Path dir = context.workspace().newRunFolder(runName.get().trim());
        DataPreparation prep = context.preparationProperty().get();
        prep = prep.withTestSpec(context.readableSpec(prep.testSpec()));
        FineTuning.Request fineTune = startFrom.validatedProperty().get().request();
        return new TrainingRequest(dir.getFileName().toString(), fineTune == null ? context.modelProperty().get() : null,
                settings.validated().options(), prep.toDataOptions(spec), dir,
                recordForDl4jUi.get(), fineTune);
    }

    /** Starts a run in the background; null (and nothing started) when Start is not possible now. */
    public BackgroundTask<RunResult> start() {
        if (!canStart.get()) {
            return null;
        }
        TrainingRequest req = request();
        if (req.fineTune() != null) {
            FineTuning.Request ft = req.fineTune();
            String how = (ft.settings().freeze() == null ? "nothing frozen" : "freeze " + ft.settings().freeze())
                    + ", " + (ft.settings().head() == null ? "its own output" : "new head "
                    + ft.settings().head().describe());
            return launch(req.name(), req.runDir(), req.options().maxEpochs(), req.recordForDl4jUi(),
                    "fine-tuning " + ft.from() + " (" + how + ") → " + req.runDir(),
                    executor -> FineTuning.run(executor, ft, req.options(), req.data(),
                            RunFolder.createNew(req.runDir(), false)));
        }
        return launch(req.name(), req.runDir(), req.options().maxEpochs(), req.recordForDl4jUi(),
                "run " + req.name() + " → " + req.runDir(),
                executor -> executor.execute(req.model(), req.options(), req.data(),
                        RunFolder.createNew(req.runDir(), false)));
    }

    /**
     * Goes on with the selected run, stopped part-way, after its last finished epoch and with its own settings
     * (those in its config.json, not the form's); null when the selected run cannot be resumed or a run is going.
     */
    public BackgroundTask<RunResult> resume() {
        if (!canResume.get()) {
            return null;
        }
        RunEntry entry = context.selectedRunProperty().get();
        List<EpochMetrics> earlier;
        try {
            earlier = HistoryCsv.read(entry.dir().resolve(RunFolder.HISTORY));
        } catch (IOException | RuntimeException e) {
            earlier = List.of(); // the charts start empty; the run itself still resumes from its resume point
        }
        TrainingOptions t = entry.config().training();
        String settings = String.format(java.util.Locale.ROOT, "its settings: model %s, up to %d epochs, batch %d, "
                        + "learning rate %s, seed %d%s", entry.config().modelName(), t.maxEpochs(), t.batchSize(),
                t.learningRate(), t.seed(), t.earlyStopping() == null ? ""
                        : ", early stopping on " + t.earlyStopping().monitor() + " (patience " + t.earlyStopping().patience() + ")");
        return launch(entry.name(), entry.dir(), t.maxEpochs(), recordForDl4jUi.get(),
                List.of("resuming run " + entry.label() + " (" + entry.dir() + ") with its own settings", settings),
                earlier, executor -> executor.resume(entry.folder()));
    }

    private interface RunWork {
        TrainingOutcome run(RunExecutor executor) throws IOException;
    }

    private BackgroundTask<RunResult> launch(String name, Path runDir, int maxEpochs, boolean record, String logLine,
                                             RunWork work) {
        return launch(name, runDir, maxEpochs, record, List.of(logLine), List.of(), work);
    }

    private BackgroundTask<RunResult> launch(String name, Path runDir, int maxEpochs, boolean record, List<String> logLines,
                                             List<EpochMetrics> earlier, RunWork work) {
        TrainingControl c = new TrainingControl();
        control = c;
        progress.reset(maxEpochs);
        logLines.forEach(progress::log);
        progress.restore(earlier);
        outcome.set("");
        evaluationAvailable.set(false);
        stopRequested.set(false);
        running.set(true);
        AtomicReference<RunResult> result = new AtomicReference<>();
        BackgroundTask<RunResult> task = BackgroundTask.of("Training " + name, p -> {
            result.set(execute(name, runDir, record, work, c, p));
            return result.get();
        }).onSuccess(this::finished).onCancelled(() -> {
            if (result.get() != null) {
                finished(result.get());
            } else {
                failed(name, runDir, new IllegalStateException("cancelled"));
            }
        }).onFailure(t -> failed(name, runDir, t)).onFinally(() -> {
            running.set(false);
            stopRequested.set(false);
            refreshDefaultName();
        });
        return context.tasks().submit(task);
    }

    /** On the worker thread: the whole run, then the report it wrote. */
    private RunResult execute(String name, Path runDir, boolean record, RunWork work, TrainingControl c,
                              TaskProgress p) throws IOException {
        TrainingEventBridge bridge = new TrainingEventBridge(context.ui(), progress, p, c);
        RunExecutor executor = new RunExecutor(context.loadOptions()).progress(bridge).listener(bridge).control(c);
        if (record) {
            Dl4jTrainingUi ui = dl4jUi();
            String url = ui.start();
            executor.networkListener(ui.recorder(name));
            context.ui().execute(() -> {
                dl4jUiUrl.set(url);
                progress.log("DL4J training UI records this run (session " + name + "): " + url);
            });
        }
        TrainingOutcome o = work.run(executor);
        RunFolder folder = new RunFolder(runDir);
        ClassificationReport report = null;
        if (Files.isRegularFile(folder.file(RunFolder.REPORT_JSON))) {
            report = ClassificationReport.fromJson(Files.readString(folder.file(RunFolder.REPORT_JSON)));
        }
        String evaluatedOn = RunConfig.read(folder.file(RunFolder.CONFIG)).evaluatedOn();
        return new RunResult(runDir, o, report, evaluatedOn);
    }

    private void finished(RunResult r) {
        showRunInWorkspace(r.runDir());
        lastRun.set(r.runDir());
        outcome.set(RunSummaries.outcome(r.outcome(), r.report(), r.evaluatedOn()));
        evaluationAvailable.set(r.report() != null);
        progress.log("run folder: " + r.runDir());
    }

    private void failed(String name, Path runDir, Throwable t) {
        String why = ErrorLog.describe(t);
        progress.failed(why);
        outcome.set("Training failed: " + why);
        context.errors().report("Training " + name, t);
        if (Files.isDirectory(runDir)) {
            showRunInWorkspace(runDir);
        }
    }

    /**
     * Lists the finished run; it becomes the selected run only when the user is on the Training screen (or nothing is
     * selected): a run finishing in the background never switches the run shown on Evaluation or Explain.
     */
    private void showRunInWorkspace(Path dir) {
        try {
            context.runs().refresh();
            if (context.screenProperty().get() == Screen.TRAINING || context.selectedRunProperty().get() == null) {
                context.runs().find(dir).ifPresent(context.selectedRunProperty()::set);
            }
        } catch (RuntimeException e) {
            context.errors().report("Listing runs", e);
        }
    }

    /** Asks the running run to stop after the current batch (the run folder is still written and evaluated). */
    public void stop() {
        if (running.get() && control != null && !stopRequested.get()) {
            control.requestStop();
            stopRequested.set(true);
            progress.log("stop requested: training ends after the current batch; the best epoch so far is kept "
                    + "and evaluated, and Resume goes on after the last finished epoch");
        }
    }

    /** Shows the run this screen finished last on the Evaluation screen. */
    public void showEvaluation() {
        Path last = lastRun.get();
        if (last != null) {
            context.runs().find(last).ifPresent(context.selectedRunProperty()::set);
        }
        context.screenProperty().set(Screen.EVALUATION);
    }

    /** Starts DL4J's training UI (loopback only) in the background and opens it in the browser. */
    public BackgroundTask<String> openDl4jUi() {
        if (dl4jUiStarting.get()) {
            return null;
        }
        dl4jUiStarting.set(true);
        AtomicReference<Boolean> opened = new AtomicReference<>(false);
        BackgroundTask<String> task = BackgroundTask.of("Starting DL4J training UI", p -> {
            String url = dl4jUi().start();
            opened.set(browser.open(url));
            return url;
        }).onSuccess(url -> {
            dl4jUiUrl.set(url);
            progress.log(opened.get() ? "DL4J training UI opened in your browser: " + url
                    : "DL4J training UI is running: open " + url + " in your browser");
            if (!recordForDl4jUi.get()) {
                progress.log("only runs started with \"Record for DL4J UI\" checked appear there");
            }
        }).onFailure(t -> context.errors().report("DL4J training UI", t))
                .onFinally(() -> dl4jUiStarting.set(false));
        return context.tasks().submit(task);
    }

    /** Created on first use and closed with the workbench (its server threads would keep the JVM alive). */
    synchronized Dl4jTrainingUi dl4jUi() {
        if (dl4jUi == null) {
            dl4jUi = new Dl4jTrainingUi();
            context.closeOnExit(dl4jUi);
        }
        return dl4jUi;
    }

    /** The control of the current (or last) run; null before the first. */
    TrainingControl control() {
        return control;
    }

    public TrainingSettings settings() {
        return settings;
    }

    /** Where the next run starts: the Model screen's network, or a run or model file to fine-tune. */
    public StartFrom startFrom() {
        return startFrom;
    }

    /** The workspace's runs that have a model (the runs a fine-tuning can start from). */
    public javafx.collections.ObservableList<RunEntry> parentRuns() {
        return parentRuns;
    }

    /** Fine-tunes {@code run} next (Start from: a run of the workspace). */
    public void startFromRun(RunEntry run) {
        if (run != null) {
            startFrom.sourceProperty().set(StartFrom.Source.PARENT);
            startFrom.pathProperty().set(run.dir().toString());
        }
    }

    public TrainingProgressModel progress() {
        return progress;
    }

    public StringProperty runNameProperty() {
        return runName;
    }

    public BooleanProperty recordForDl4jUiProperty() {
        return recordForDl4jUi;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stopRequestedProperty() {
        return stopRequested.getReadOnlyProperty();
    }

    /** Why Start is not possible (one problem a line); empty when it is. */
    public StringBinding problemsProperty() {
        return problems;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** True when the selected run was stopped part-way (it has a resume point) and nothing is training. */
    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    public StringBinding datasetSummaryProperty() {
        return datasetSummary;
    }

    public StringBinding preparationSummaryProperty() {
        return preparationSummary;
    }

    public StringBinding modelSummaryProperty() {
        return modelSummary;
    }

    /** How the last run ended (stop reason, best epoch, test accuracy and macro F1); empty before. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty evaluationAvailableProperty() {
        return evaluationAvailable.getReadOnlyProperty();
    }

    public ObjectProperty<Path> lastRunProperty() {
        return lastRun;
    }

    public ReadOnlyStringProperty dl4jUiUrlProperty() {
        return dl4jUiUrl.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dl4jUiStartingProperty() {
        return dl4jUiStarting.getReadOnlyProperty();
    }
}
