package org.emotionworkbench.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.emotionworkbench.run.DistinctLabels;
import org.emotionworkbench.run.RunHeadline;
import org.emotionworkbench.study.StudyLayout;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Compare / Study screen's state: the runs table (the workspace's runs plus folders and studies the user
 * added), the runs chosen for comparison, their config differences, the metric chart's bars and McNemar's tests
 * — every figure computed by the engine in the background — and the study part ({@link #study()}).
 */
public final class CompareViewModel {
    /** Run folders are looked for this deep below an added folder (a study's runs are 2 deep). */
    static final int FIND_DEPTH = 3;

    private record Source(Path dir, RunRow.Origin origin, String label) {
    }

    private final WorkbenchContext context;
    private final ComparisonLoader loader = new ComparisonLoader();
    private final ReportExport reports;
    private final StudyViewModel study;
    private final RunActions runActions;

    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RunRow> selected = FXCollections.observableArrayList();
    private final Map<Path, Source> sources = new LinkedHashMap<>();
    private final BooleanProperty includeEvaluations = new SimpleBooleanProperty(true);
    private final ConfigDiffModel configDiff = new ConfigDiffModel();
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.ACCURACY);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.EACH_RUN);
    private final ObservableList<MetricBar> bars = FXCollections.observableArrayList();
    private final ObservableList<McNemarRow> mcnemarRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper mcnemarMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ComparisonResult> result = new ReadOnlyObjectWrapper<>(ComparisonResult.EMPTY);
    private int rowsGeneration;
    private int compareGeneration;
    private BackgroundTask<?> compareTask;

    public CompareViewModel(WorkbenchContext context) {
        this.context = context;
        this.reports = new ReportExport(context);
        this.study = new StudyViewModel(context, reports, dir -> addFolder(dir));
        this.runActions = new RunActions(context, () -> refreshRows(), problem::set);
        context.runs().runs().addListener((ListChangeListener<RunEntry>) c -> refreshRows());
        includeEvaluations.addListener((o, a, b) -> refreshRows());
        metric.addListener((o, a, m) -> bars.setAll(MetricBars.of(result.get(), m)));
        grouping.addListener((o, a, g) -> compare());
        showResult(ComparisonResult.EMPTY);
        refreshRows();
    }

    /** Re-reads the workspace's runs and the added folders in the background; the chosen runs stay chosen. */
    public BackgroundTask<List<RunRow>> refreshRows() {
        int generation = ++rowsGeneration;
        List<Path> workspaceRuns = context.runs().runs().stream().map(RunEntry::dir).toList();
        List<Source> added = List.copyOf(sources.values());
        boolean evaluations = includeEvaluations.get();
        status.set("Reading runs …");
        return context.tasks().submit(BackgroundTask.of("Reading runs", p -> readRows(workspaceRuns, added, evaluations))
                .onSuccess(list -> {
                    if (generation != rowsGeneration) {
                        return;
                    }
                    Set<Path> keep = keys(selected);
                    rows.setAll(list);
                    status.set(list.size() + " evaluations of " + list.stream().map(r -> r.headline().runDir())
                            .distinct().count() + " runs");
                    select(list.stream().filter(r -> keep.contains(r.key())).toList());
                })
                .onFailure(t -> {
                    status.set("");
                    problem.set("Could not read the runs: " + ErrorLog.describe(t));
                    context.errors().report("Reading runs", t);
                }));
    }

    private static List<RunRow> readRows(List<Path> workspaceRuns, List<Source> added, boolean evaluations)
            throws IOException {
        Map<Path, RunRow> out = new LinkedHashMap<>();
        for (Path dir : workspaceRuns) {
            addRows(out, dir, RunRow.Origin.WORKSPACE, "workspace", evaluations);
        }
        for (Source s : added) {
            for (Path dir : RunHeadline.findRuns(s.dir, FIND_DEPTH)) {
                addRows(out, dir, s.origin, s.label, evaluations);
            }
        }
        List<RunRow> rows = new ArrayList<>(out.values());
        List<String> names = DistinctLabels.of(rows.stream().map(r -> r.headline().name()).toList(),
                rows.stream().map(r -> r.headline().runName()).toList());
        for (int i = 0; i < rows.size(); i++) {
            rows.set(i, rows.get(i).named(names.get(i)));
        }
        return rows;
    }

    private static void addRows(Map<Path, RunRow> out, Path runDir, RunRow.Origin origin, String label,
                                boolean evaluations) {
        RunHeadline own = RunHeadline.ofRun(runDir);
        boolean imported = own.config() != null && own.config().wasImported();
        List<RunHeadline> headlines = evaluations || imported ? RunHeadline.withEvaluations(runDir) : List.of(own);
        if (imported && headlines.size() > 1 && !headlines.get(0).evaluated()) {
            // an imported model has no test set of its own: its rows are the datasets it was evaluated on
            headlines = headlines.subList(1, headlines.size());
        }
        for (RunHeadline h : headlines) {
            RunRow row = new RunRow(h, origin, label);
            out.putIfAbsent(row.key(), row);
        }
    }

    /** Adds the runs found in a folder (a run, a folder of runs, or a study folder) to the table. */
    public void addFolder(Path dir) {
        problem.set("");
        Path d = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(d)) {
            problem.set("No folder at " + d + ".");
            return;
        }
        boolean isStudy = Files.isRegularFile(new StudyLayout(d).spec());
        Path name = d.getFileName();
        sources.put(d, new Source(d, isStudy ? RunRow.Origin.STUDY : RunRow.Origin.FOLDER,
                (isStudy ? "study " : "") + (name == null ? d.toString() : name.toString())));
        refreshRows();
    }

    /** The folders added to the table (beside the workspace). */
    public List<Path> addedFolders() {
        return List.copyOf(sources.keySet());
    }

    /** Chooses the runs to compare (the table's selection): config diff at once, figures in the background. */
    public void select(List<RunRow> chosen) {
        if (chosen.equals(selected)) {
            return;
        }
        selected.setAll(chosen);
        configDiff.show(chosen);
        compare();
    }

    private void compare() {
        int generation = ++compareGeneration;
        if (compareTask != null) {
            compareTask.cancel();
        }
        List<RunRow> chosen = List.copyOf(selected);
        if (chosen.isEmpty()) {
            compareTask = null;
            comparing.set(false);
            showResult(ComparisonResult.EMPTY);
            return;
        }
        Grouping g = grouping.get();
        comparing.set(true);
        compareTask = context.tasks().submit(BackgroundTask.of("Comparing " + chosen.size() + " runs",
                        p -> loader.compare(chosen, g, p))
                .onSuccess(r -> {
                    if (generation == compareGeneration) {
                        problem.set("");
                        showResult(r);
                    }
                })
                .onFailure(t -> {
                    if (generation == compareGeneration) {
                        problem.set("Could not compare the runs: " + ErrorLog.describe(t));
                        context.errors().report("Comparing runs", t);
                    }
                })
                .onFinally(() -> {
                    if (generation == compareGeneration) {
                        comparing.set(false);
                    }
                }));
    }

    private void showResult(ComparisonResult r) {
        result.set(r);
        bars.setAll(MetricBars.of(r, metric.get()));
        McNemarSummary m = McNemarSummary.of(r);
        mcnemarRows.setAll(m.rows());
        mcnemarMessage.set(m.message());
    }

    /**
     * Writes an HTML report of what the Runs tab shows now: the chosen runs, the bars, McNemar's tests and the
     * configuration differences, taken from this view model's state ({@link ComparedRunsReport}).
     */
    public BackgroundTask<Path> exportReport(Path file) {
        if (result.get().compared().isEmpty()) {
            reports.say("Choose evaluated runs to compare before exporting their report.");
            return null;
        }
        if (comparing.get()) {
            reports.say("The comparison is still being computed; export it when the figures are shown.");
            return null;
        }
        ComparedRunsReport shown = ComparedRunsReport.of(this);
        return reports.write("report of compared runs", file, () -> ComparedRunsHtml.render(shown));
    }

    /** The comparison now computing (or last computed); null when nothing is chosen. For tests. */
    BackgroundTask<?> comparisonTask() {
        return compareTask;
    }

    private static Set<Path> keys(List<RunRow> list) {
        Set<Path> s = new LinkedHashSet<>();
        list.forEach(r -> s.add(r.key()));
        return s;
    }

    public ObservableList<RunRow> rows() {
        return rows;
    }

    /** The runs chosen for comparison, in the table's order of choosing. */
    public ObservableList<RunRow> selected() {
        return selected;
    }

    /** Whether each run's {@code evaluations/<name>} folders (cross-dataset tests) get rows of their own. */
    public BooleanProperty includeEvaluationsProperty() {
        return includeEvaluations;
    }

    public ConfigDiffModel configDiff() {
        return configDiff;
    }

    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ObservableList<MetricBar> bars() {
        return bars;
    }

    public ObservableList<McNemarRow> mcnemarRows() {
        return mcnemarRows;
    }

    /** Why pairs were not tested, or what to do to get tests; empty when every pair was tested. */
    public ReadOnlyStringProperty mcnemarMessageProperty() {
        return mcnemarMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the chosen runs' predictions are loaded and bootstrapped. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComparisonResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReportExport reports() {
        return reports;
    }

    public StudyViewModel study() {
        return study;
    }

    /** Rename, notes and removal of the table's runs. */
    public RunActions runActions() {
        return runActions;
    }
}
