package org.emotionworkbench.ui.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.io.OutputPaths;
import org.emotionworkbench.study.StudyLayout;
import org.emotionworkbench.study.StudyReportHtml;
import org.emotionworkbench.study.StudyProcess;
import org.emotionworkbench.study.StudyProgress;
import org.emotionworkbench.study.StudyRunner;
import org.emotionworkbench.study.StudySpec;
import org.emotionworkbench.study.StudySummary;
import org.emotionworkbench.study.StudySummaryMarkdown;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Study part of the screen: open a study folder, or run a study spec in a process of its own
 * ({@link StudyProcess}: progress read from the folder, cancel stops it between batches; finished runs are skipped and
 * a stopped one goes on after its last epoch, so running it again resumes), follow a study another process trains,
 * and show what the engine's {@link StudySummary}
 * found — the train × test grid, per-class F1 differences, the synthetic-fraction curve, McNemar per seed — and
 * export its HTML report.
 */
public final class StudyViewModel {
    static final int RESAMPLES = 1000;

    private final WorkbenchContext context;
    private final ReportExport reports;
    private final Consumer<Path> onStudyFolder;

    private final StringProperty specFile = new SimpleStringProperty("");
    private final StringProperty outDir = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> studyDir = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StudySpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StudySummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No study open. Open a study folder, or run a study spec.");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper runMessage = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.ACCURACY);
    private final ReadOnlyObjectWrapper<StudyGrid> grid = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> evaluations = FXCollections.observableArrayList();
    private final StringProperty classF1Evaluation = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<ClassF1Table> classF1 = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FractionCurve> fraction = new ReadOnlyObjectWrapper<>();
    private final ObservableList<McNemarRow> tests = FXCollections.observableArrayList();
    private final ObservableList<StudyProgress.RunState> runs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper watching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper watchMessage = new ReadOnlyStringWrapper("");
    private BackgroundTask<?> runTask;
    private BackgroundTask<?> watchTask;
    /** The folder this window last ran a study into (its recent changes are this window's own). */
    private Path lastRunHere;
    private String suggestedOut = "";
    /** How often the progress of a study run here (in its own process) is read from its folder. */
    static final long PROGRESS_MILLIS = 1000;
    /** How long a stopped study may take to finish its batch and save before it is ended forcibly. */
    static final long STOP_GRACE_MILLIS = 90_000;
    /** How often a study being trained elsewhere is read again. */
    static long watchIntervalMillis = 3000;
    /** A study whose run files changed this recently is taken to be in use by another process. */
    static final long IN_USE_MILLIS = 120_000;

    StudyViewModel(WorkbenchContext context, ReportExport reports, Consumer<Path> onStudyFolder) {
        this.context = context;
        this.reports = reports;
        this.onStudyFolder = onStudyFolder;
        metric.addListener((o, a, m) -> arrange());
        classF1Evaluation.addListener((o, a, e) -> arrangeClassF1());
        specFile.addListener((o, a, f) -> suggestOutDir(f));
    }

    /** Opens a study folder (one with a study.json) and summarises its finished runs in the background. */
    public BackgroundTask<?> open(Path dir) {
        return open(dir, true);
    }

    /** As {@link #open(Path)}; {@code follow}: follow an unfinished study as another process trains it. */
    private BackgroundTask<?> open(Path dir, boolean follow) {
        problem.set("");
        Path d = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(new StudyLayout(d).spec())) {
            problem.set(d + " is not a study folder: it has no " + StudyLayout.SPEC
                    + " (run a study spec into a folder first).");
            return null;
        }
        stopWatching();
        loading.set(true);
        status.set("Summarising " + d.getFileName() + " …");
        return context.tasks().submit(BackgroundTask.of("Summarising study " + d.getFileName(), p -> {
                    p.update(-1, "reading predictions and bootstrapping");
                    StudySpec s = StudySpec.read(new StudyLayout(d).spec());
                    return new Loaded(d, s, StudySummary.of(s, d, RESAMPLES, 1), StudyProgress.read(s, d));
                })
                .onSuccess(l -> {
                    show(l);
                    if (follow && !l.progress().isComplete() && !running.get()) {
                        watch(l.dir(), l.spec());
                    }
                })
                .onFailure(t -> fail("Opening study " + d, t))
                .onFinally(() -> loading.set(false)));
    }

    /**
     * Trains and evaluates every unfinished (source, seed) of the spec into the output folder, then shows it.
     * Returns the task, or null when the input was refused (the reason is in {@link #problemProperty()}).
     */
    public BackgroundTask<?> run() {
        problem.set("");
        if (running.get()) {
            problem.set("A study is already running; cancel it first.");
            return null;
        }
        String specText = specFile.get() == null ? "" : specFile.get().trim();
        String outText = outDir.get() == null ? "" : outDir.get().trim();
        if (specText.isEmpty()) {
            problem.set("Choose a study spec (a JSON file, see docs/example-study.json) first.");
            return null;
        }
        Path specPath = Path.of(specText).toAbsolutePath().normalize();
        if (!Files.isRegularFile(specPath)) {
            problem.set("No study spec at " + specPath + ".");
            return null;
        }
        if (outText.isEmpty()) {
            problem.set("Choose a folder for the study's runs.");
            return null;
        }
        Path out = Path.of(outText).toAbsolutePath().normalize();
        String inUse = inUseElsewhere(out);
        if (inUse != null) {
            problem.set(inUse);
            return null;
        }
        stopWatching();
        lastRunHere = out;
        running.set(true);
        status.set("Running " + specPath.getFileName() + " into " + out + " …");
        BackgroundTask<Loaded> task = BackgroundTask.of("Study " + specPath.getFileName(), p -> {
                    StudySpec s = StudySpec.read(specPath); // a bad spec is refused here, with the engine's message
                    StudyRunner.open(s, out); // and a folder holding another study, before a process is started
                    StudyProcess study = StudyProcess.start(specPath, out, context.loadOptions());
                    context.closeOnExit(() -> { // the window closing stops its study (which keeps its resume points)
                        if (study.isAlive()) {
                            study.stop(STOP_GRACE_MILLIS);
                        }
                    });
                    Integer exit = null;
                    boolean stopped = false;
                    while (exit == null) {
                        StudyProgress now = StudyProgress.read(s, out);
                        context.ui().execute(() -> showProgress(now));
                        p.update(now.fraction(), now.describe());
                        if (p.isCancelled()) {
                            stopped = true;
                            p.update(-1, "stopping after the current batch…");
                            exit = study.stop(STOP_GRACE_MILLIS);
                        } else {
                            exit = study.waitFor(PROGRESS_MILLIS);
                        }
                    }
                    StudyProgress last = StudyProgress.read(s, out);
                    context.ui().execute(() -> showProgress(last));
                    if (stopped || !last.isComplete()) {
                        if (!stopped && exit != 0) {
                            throw new IllegalStateException("the study stopped with exit code " + exit + " (its log: "
                                    + study.log() + "):\n" + study.logTail(12));
                        }
                        return new Loaded(out, s, null, last);
                    }
                    p.update(-1, "summarising");
                    StudySummary summary = StudySummary.of(s, out, RESAMPLES, 1);
                    writeSummaryFiles(summary, out);
                    return new Loaded(out, s, summary, last);
                })
                .onSuccess(l -> {
                    if (l.summary == null) {
                        stopped(out);
                    } else {
                        show(l);
                    }
                })
                .onCancelled(() -> stopped(out))
                .onFailure(t -> fail("Running study " + specPath.getFileName(), t))
                .onFinally(() -> {
                    progress.unbind();
                    runMessage.unbind();
                    progress.set(0);
                    running.set(false);
                });
        progress.bind(task.progressProperty());
        runMessage.bind(task.messageProperty());
        runTask = context.tasks().submit(task);
        return runTask;
    }

    /** Asks the running study to stop after the current batch; finished runs are kept. */
    public void cancel() {
        if (runTask != null) {
            runTask.cancel();
        }
    }

    /** Writes the engine's HTML report of the open study. */
    public BackgroundTask<Path> exportReport(Path file) {
        StudySummary s = summary.get();
        if (s == null) {
            reports.say("Open or run a study before exporting its report.");
            return null;
        }
        return reports.write("study report", file, () -> StudyReportHtml.render(s));
    }

    private void stopped(Path out) {
        status.set("Stopped. Finished runs are kept; press Run again (same spec and folder) to resume.");
        if (Files.isRegularFile(new StudyLayout(out).spec())) {
            open(out, false); // stopped here: nobody trains it now, nothing to follow
        }
    }

    private void fail(String what, Throwable t) {
        problem.set(ErrorLog.describe(t));
        status.set(what + " failed.");
        context.errors().report(what, t);
    }

    private record Loaded(Path dir, StudySpec spec, StudySummary summary, StudyProgress progress) {
    }

    /**
     * Follows a study that another process trains (the CLI, or Spark tasks writing to a shared folder): reads its
     * progress from the folder every few seconds into {@link #runs()} and {@link #watchMessageProperty()}, and
     * summarises it again when a run finishes and when the whole study is done.
     */
    void watch(Path dir, StudySpec s) {
        stopWatching();
        watching.set(true);
        BackgroundTask<StudyProgress> task = BackgroundTask.of("Following study " + dir.getFileName(), p -> {
                    long done = -1;
                    while (true) {
                        StudyProgress now = StudyProgress.read(s, dir);
                        context.ui().execute(() -> showProgress(now));
                        p.update(now.fraction(), now.describe());
                        if (now.isComplete()) {
                            return now;
                        }
                        long finished = now.count(StudyProgress.Status.DONE);
                        if (done >= 0 && finished > done) {
                            StudySummary summary = StudySummary.of(s, dir, RESAMPLES, 1);
                            context.ui().execute(() -> show(new Loaded(dir, s, summary, now)));
                        }
                        done = finished;
                        long until = System.currentTimeMillis() + watchIntervalMillis;
                        while (System.currentTimeMillis() < until) {
                            if (p.isCancelled()) {
                                return null;
                            }
                            Thread.sleep(Math.min(200, watchIntervalMillis));
                        }
                    }
                })
                .onSuccess(done -> open(dir))
                .onFailure(t -> fail("Following study " + dir.getFileName(), t));
        task.onFinally(() -> {
            if (watchTask == null || watchTask == task) { // not a newer watch, started before this one ended
                watchMessage.unbind();
                watching.set(false);
            }
        });
        watchMessage.bind(task.messageProperty());
        watchTask = context.tasks().submit(task);
    }

    /** Stops following the open study's folder (opening or running another study does it too). */
    public void stopWatching() {
        if (watchTask != null) {
            watchTask.cancel();
            watchTask = null;
        }
    }

    /** Whether the study's runs changed lately, not through this window: another process trains it. */
    private boolean trainedElsewhere(Loaded l) {
        return changedElsewhereLately(l.dir, l.progress);
    }

    /** Whether the study's runs changed within {@link #IN_USE_MILLIS}, and not because this window ran it. */
    private boolean changedElsewhereLately(Path dir, StudyProgress p) {
        return p != null && !dir.equals(lastRunHere) && p.lastChange() > 0
                && System.currentTimeMillis() - p.lastChange() < IN_USE_MILLIS;
    }

    private void showProgress(StudyProgress p) {
        runs.setAll(p.runs());
    }

    /**
     * Why the study folder must not be run into now: another process has changed its runs' files within the last
     * two minutes and some runs are not done (two processes training the same run would spoil it); null if none.
     */
    private String inUseElsewhere(Path out) {
        if (out.equals(lastRunHere) || !Files.isRegularFile(new StudyLayout(out).spec())) {
            return null;
        }
        try {
            StudySpec s = StudySpec.read(new StudyLayout(out).spec());
            StudyProgress p = StudyProgress.read(s, out);
            if (!p.isComplete() && changedElsewhereLately(out, p)) {
                long age = System.currentTimeMillis() - p.lastChange();
                return out.getFileName() + " seems to be in use by another process: its runs changed " + age / 1000
                        + " s ago (" + p.describe() + "). Wait for it to finish — the Study screen follows it — or "
                        + "stop it first; two processes training the same run would spoil it.";
            }
        } catch (IOException | RuntimeException e) {
            return null; // a study.json the run itself will refuse with its own message
        }
        return null;
    }

    private void show(Loaded l) {
        if (l.progress != null) {
            showProgress(l.progress);
        }
        studyDir.set(l.dir);
        spec.set(l.spec);
        summary.set(l.summary);
        specFile.set(new StudyLayout(l.dir).spec().toString());
        outDir.set(l.dir.toString());
        int total = l.spec.runCount();
        long finished = l.spec.combinations().stream().flatMap(c -> l.spec.sources().stream().flatMap(src ->
                l.spec.seeds().stream().map(seed -> new StudyLayout(l.dir).run(src.name(), c, seed))))
                .filter(StudyLayout::finished).count();
        int combinations = l.spec.combinations().size();
        status.set("Study " + l.spec.name() + ": " + l.spec.sources().size() + " sources × " + l.spec.seeds().size()
                + " seeds" + (l.spec.sweep() == null ? "" : " × " + combinations + " sweep combinations")
                + ", " + finished + " of " + total + " runs finished"
                + (finished == total ? "." : trainedElsewhere(l) ? " — another process is training it (see Runs)."
                : " — press Run to train the rest (finished runs are skipped)."));
        String keep = classF1Evaluation.get();
        evaluations.setAll(l.summary.evaluations());
        arrange();
        classF1Evaluation.set(keep != null && evaluations.contains(keep) ? keep
                : evaluations.size() > 1 ? evaluations.get(1) : evaluations.isEmpty() ? null : evaluations.get(0));
        arrangeClassF1();
        tests.setAll(l.summary.tests().stream()
                .map(t -> McNemarRow.of(t.sourceA(), t.sourceB(), t.evaluation(), t.seed(), t.test())).toList());
        onStudyFolder.accept(l.dir);
    }

    private void arrange() {
        StudySummary s = summary.get();
        grid.set(s == null ? null : StudyGrid.of(s, metric.get()));
        fraction.set(s == null ? null : FractionCurve.of(s, metric.get()));
    }

    private void arrangeClassF1() {
        StudySummary s = summary.get();
        String e = classF1Evaluation.get();
        classF1.set(s == null || e == null ? null : ClassF1Table.of(s, e));
    }

    /** A new spec gets {@code <workspace>/studies/<spec name>} as output, unless the user typed a folder. */
    private void suggestOutDir(String spec) {
        String current = outDir.get() == null ? "" : outDir.get();
        if (spec == null || spec.isBlank() || !(current.isBlank() || current.equals(suggestedOut))) {
            return;
        }
        Path f;
        try {
            f = Path.of(spec.trim()).getFileName();
        } catch (RuntimeException e) {
            return;
        }
        if (f != null && !f.toString().equals(StudyLayout.SPEC)) {
            String name = f.toString().replaceFirst("\\.json$", "");
            Path studies = context.workspace().root().resolve("studies");
            try {
                suggestedOut = OutputPaths.child(studies, "the spec file name " + f, name).toString();
            } catch (IllegalArgumentException e) {
                return; // a name such as "..json" suggests no folder: the user types one
            }
            outDir.set(suggestedOut);
        }
    }

    /** As the CLI's {@code study run}: summary.md and summary.json beside the runs. */
    private static void writeSummaryFiles(StudySummary summary, Path dir) throws IOException {
        AtomicFiles.writeString(OutputPaths.child(dir, "the study folder " + dir, "summary.md"),
                StudySummaryMarkdown.render(summary));
        AtomicFiles.writeString(OutputPaths.child(dir, "the study folder " + dir, "summary.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
    }

    public StringProperty specFileProperty() {
        return specFile;
    }

    public StringProperty outDirProperty() {
        return outDir;
    }

    public ReadOnlyObjectProperty<Path> studyDirProperty() {
        return studyDir.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StudySpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StudySummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the study is and how far it got. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong last (bad input, a failed run), empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The running study's overall fraction done (negative: unknown). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** How far the running study has got ("1 of 4 runs done, 1 part-way (epoch 3 of 10), 2 waiting"). */
    public ReadOnlyStringProperty runMessageProperty() {
        return runMessage.getReadOnlyProperty();
    }

    public BackgroundTask<?> runTask() {
        return runTask;
    }

    /** The metric of the grid and the fraction curve (accuracy or macro F1: the study has intervals for those). */
    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public ReadOnlyObjectProperty<StudyGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ObservableList<String> evaluations() {
        return evaluations;
    }

    public StringProperty classF1EvaluationProperty() {
        return classF1Evaluation;
    }

    public ReadOnlyObjectProperty<ClassF1Table> classF1Property() {
        return classF1.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FractionCurve> fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** The open study's runs and how far each has got (refreshed while the study is followed). */
    public ObservableList<StudyProgress.RunState> runs() {
        return runs;
    }

    /** True while the open study is followed as another process trains it. */
    public ReadOnlyBooleanProperty watchingProperty() {
        return watching.getReadOnlyProperty();
    }

    /** How far the followed study has got ("3 of 8 runs done, 2 part-way (epoch 12 of 40, …)"). */
    public ReadOnlyStringProperty watchMessageProperty() {
        return watchMessage.getReadOnlyProperty();
    }

    /** McNemar between every two sources' models of the same seed on the same images. */
    public ObservableList<McNemarRow> tests() {
        return tests;
    }
}
