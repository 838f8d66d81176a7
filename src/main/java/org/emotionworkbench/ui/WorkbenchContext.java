package org.emotionworkbench.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.labelmap.LabelMapStore;
import org.emotionworkbench.ui.datasets.DatasetOpener;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.model.keras.IsolatedKerasImport;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;
import org.emotionworkbench.ui.common.UiScale;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.workspace.RunEntry;
import org.emotionworkbench.ui.workspace.RunsRepository;
import org.emotionworkbench.ui.workspace.SettingsLoad;
import org.emotionworkbench.ui.workspace.WorkbenchSettings;
import org.emotionworkbench.ui.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;

/**
 * What the screens share, as observable state (no controls here, so it works without a toolkit): the dataset in
 * use, the model being edited, the workspace and its runs, the selected run, the face to explain, the current
 * screen; plus the task runner and the error log. Screens talk to each other only through this.
 */
public final class WorkbenchContext implements AutoCloseable {
    /** Where remembered label maps go, under the workspace root. */
    public static final String LABEL_MAPS_FOLDER = "label-maps";

    private final UiExecutor ui;
    private final ErrorLog errors;
    private final TaskRunner tasks;
    private final Path settingsFile;
    private WorkbenchSettings settings;
    private final RunsRepository runs;
    private final LoadOptions loadOptions;
    private final UiScale uiScale;
    private final List<String> startupProblems = new ArrayList<>();
    private boolean workspaceUsable;
    /** Said once, on the start that created the workspace folder ("" on every other start). */
    private final String workspaceCreated;

    private final StringProperty datasetSpec = new SimpleStringProperty();
    private final ObjectProperty<SourceOptions> datasetSource = new SimpleObjectProperty<>(SourceOptions.defaults());
    private final ObjectProperty<LoadedDataset> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<DataPreparation> preparation = new SimpleObjectProperty<>(DataPreparation.defaults());
    private final ObjectProperty<ModelSpec> model = new SimpleObjectProperty<>(Presets.get("tiny"));
    private final ObjectProperty<RunEntry> selectedRun = new SimpleObjectProperty<>();
    private final ObjectProperty<ExplainTarget> explainTarget = new SimpleObjectProperty<>();
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DATASETS);
    private final Deque<AutoCloseable> closeOnExit = new ArrayDeque<>();
    private volatile IsolatedKerasImport kerasImporter = IsolatedKerasImport.standard();

    public WorkbenchContext(UiExecutor ui, Path settingsFile, Workspace workspace, LoadOptions loadOptions) {
        this.ui = ui;
        this.errors = new ErrorLog(ui);
        this.tasks = new TaskRunner(ui, errors);
        this.settingsFile = settingsFile;
        SettingsLoad loaded = SettingsLoad.from(settingsFile);
        if (loaded.hasProblem()) {
            skippedAtStart("Settings", loaded.problem());
        }
        this.settings = loaded.settings();
        this.uiScale = new UiScale(settings.uiScalePercent());
        uiScale.percentProperty().addListener((o, a, p) -> rememberUiScale(p.intValue()));
        Workspace ws = workspace != null ? workspace : Workspace.resolveDefault(settings);
        boolean existed = Files.exists(ws.root());
        this.workspaceUsable = usable(ws);
        this.workspaceCreated = workspaceUsable && !existed ? createdMessage(ws.root(), settingsFile) : "";
        this.runs = new RunsRepository(ws);
        this.loadOptions = loadOptions;
        RunsRepository.scanProblem(ws.runs()).ifPresent(p -> skippedAtStart("Runs", p));
        try {
            runs.refresh();
        } catch (RuntimeException e) {
            skippedAtStart("Runs", "the runs could not be listed: " + ErrorLog.describe(e));
        }
        for (RunEntry r : runs.runs()) {
            if (r.damaged()) {
                skippedAtStart("Runs", "run " + r.name() + " cannot be fully read: " + r.problem());
            }
        }
        for (String p : labelMaps().setAsideUnreadable()) {
            skippedAtStart("Label maps", p);
        }
        if (!startupProblems.isEmpty()) {
            errors.report("Start-up", startupSummary());
        }
    }

    private boolean usable(Workspace ws) {
        try {
            ws.ensureExists();
            return true;
        } catch (IOException | RuntimeException e) {
            skippedAtStart("Workspace", "the workspace " + ws.root() + " cannot be used (" + ErrorLog.describe(e)
                    + "): runs cannot be saved there. Choose another folder with File → Change workspace…, or start"
                    + " with -D" + Workspace.PROPERTY + "=<folder>.");
            return false;
        }
    }

    private static String createdMessage(Path workspace, Path settingsFile) {
        return "Your workspace was created at " + workspace + ": the runs you train are saved there, and the"
                + " settings in " + settingsFile.toAbsolutePath().normalize() + ". Both stay when the workbench is"
                + " upgraded or reinstalled; File → Change workspace… moves the workspace.";
    }

    /** The one message of a first start: where the workspace was created ("" when it already existed or is unusable). */
    public String workspaceCreatedMessage() {
        return workspaceCreated;
    }

    private void skippedAtStart(String what, String problem) {
        startupProblems.add(what + ": " + problem);
        errors.report(what, problem);
    }

    /** One line for everything start-up skipped or could not use ("" when nothing). */
    public String startupSummary() {
        if (startupProblems.isEmpty()) {
            return "";
        }
        int n = startupProblems.size();
        return "opened with " + n + (n == 1 ? " problem" : " problems") + " — "
                + startupProblems.stream().map(p -> n == 1 || p.length() <= 200 ? p : p.substring(0, 200) + "…")
                .collect(java.util.stream.Collectors.joining(" | "))
                + " (the Errors list has each in full)";
    }

    /** What start-up skipped or could not use (a bad settings file, damaged runs, an unusable workspace ...), one line each. */
    public List<String> startupProblems() {
        return List.copyOf(startupProblems);
    }

    /** Whether the workspace could be created and written at start (else runs cannot be saved in it). */
    public boolean workspaceUsable() {
        return workspaceUsable;
    }

    /** The application's context: settings from the user's home, default workspace and cache. */
    public static WorkbenchContext forApplication(UiExecutor ui) {
        return new WorkbenchContext(ui, WorkbenchSettings.defaultFile(), null, LoadOptions.defaults());
    }

    public UiExecutor ui() {
        return ui;
    }

    public ErrorLog errors() {
        return errors;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public LoadOptions loadOptions() {
        return loadOptions;
    }

    public Workspace workspace() {
        return runs.workspace();
    }

    public RunsRepository runs() {
        return runs;
    }

    /** How the window imports Keras files: in a child JVM, {@link IsolatedKerasImport#standard()} unless set. */
    public IsolatedKerasImport kerasImporter() {
        return kerasImporter;
    }

    /** Another child JVM set-up for the window's Keras imports (other JVM options or temporary folders). */
    public void setKerasImporter(IsolatedKerasImport importer) {
        this.kerasImporter = java.util.Objects.requireNonNull(importer, "importer");
    }

    /**
     * Moves the workspace (remembered for the next start; a settings file that cannot be written is reported, not
     * thrown) and rescans its runs. Throws when the new folder cannot be a workspace.
     */
    public void changeWorkspace(Path root) throws IOException {
        Workspace ws = new Workspace(root).ensureExists();
        runs.setWorkspace(ws);
        workspaceUsable = true;
        remember(settings.withWorkspace(ws.root().toString()));
    }

    public WorkbenchSettings settings() {
        return settings;
    }

    /** Remembers the dataset opened last; failures to write the settings file are reported, not thrown. */
    public void rememberDataset(String spec) {
        remember(settings.withLastDataset(spec));
    }

    private void remember(WorkbenchSettings changed) {
        settings = changed;
        try {
            settings.save(settingsFile);
        } catch (IOException e) {
            errors.report("Saving settings", e);
        }
    }

    /** Label maps remembered per dataset folder, in the workspace's {@code label-maps/}. */
    public LabelMapStore labelMaps() {
        return new LabelMapStore(workspace().root().resolve(LABEL_MAPS_FOLDER));
    }

    /**
     * A dataset spec that any engine call reads as the user meant it: a folder with a remembered label map becomes the
     * manifest of its files and labels (written into the workspace); anything else comes back unchanged.
     */
    public String readableSpec(String spec) {
        if (spec == null || spec.isBlank()) {
            return spec;
        }
        SourceOptions o = labelMaps().optionsFor(spec);
        return o.isDefault() ? spec : DatasetOpener.writeDerivedManifest(workspace(), spec, o).toString();
    }

    /** Presentation mode: the scale of the whole window, remembered in the settings whenever it changes. */
    public UiScale uiScale() {
        return uiScale;
    }

    private void rememberUiScale(int percent) {
        remember(settings.withUiScalePercent(percent));
    }

    /** The dataset spec (folder, CSV or manifest path) of {@link #datasetProperty()}. */
    public StringProperty datasetSpecProperty() {
        return datasetSpec;
    }

    /** Layout, label map and labels file the dataset was opened with. */
    public ObjectProperty<SourceOptions> datasetSourceProperty() {
        return datasetSource;
    }

    /** The dataset in use (training uses it); null until one is loaded. */
    public ObjectProperty<LoadedDataset> datasetProperty() {
        return dataset;
    }

    /** How the dataset is prepared for training (Datasets screen sets it, Training uses it). */
    public ObjectProperty<DataPreparation> preparationProperty() {
        return preparation;
    }

    /** The model being edited (training uses it). */
    public ObjectProperty<ModelSpec> modelProperty() {
        return model;
    }

    /** The run the Evaluation and Explain screens show. */
    public ObjectProperty<RunEntry> selectedRunProperty() {
        return selectedRun;
    }

    public ObjectProperty<ExplainTarget> explainTargetProperty() {
        return explainTarget;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** Something to close when the workbench exits (the training UI server, say), closed last-in first-out. */
    public void closeOnExit(AutoCloseable c) {
        synchronized (closeOnExit) {
            closeOnExit.push(c);
        }
    }

    @Override
    public void close() {
        tasks.close();
        synchronized (closeOnExit) {
            while (!closeOnExit.isEmpty()) {
                try {
                    closeOnExit.pop().close();
                } catch (Exception e) {
                    System.err.println("[workbench] on exit: " + ErrorLog.describe(e));
                }
            }
        }
    }
}
