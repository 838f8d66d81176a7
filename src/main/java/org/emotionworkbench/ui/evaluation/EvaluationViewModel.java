package org.emotionworkbench.ui.evaluation;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.emotionworkbench.ui.ExplainTarget;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Evaluation screen's state: the context's selected run, which of its evaluations is shown (its own test set or
 * another dataset), the classification report rows, the confusion matrix in counts or row percent, the chosen cell
 * and its gallery of faces (most confident first). Opening a face hands it to the Explain screen.
 */
public final class EvaluationViewModel {
    private final WorkbenchContext context;
    private final ObservableList<EvaluationSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<EvaluationSet> selectedSet = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<EvaluationData> data = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReportRow> reportRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConfusionDisplay> display = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ConfusionDisplay.Mode> mode = new SimpleObjectProperty<>(ConfusionDisplay.Mode.COUNTS);
    private final ReadOnlyObjectWrapper<CellKey> selectedCell = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GalleryFace> gallery = FXCollections.observableArrayList();
    private final StringProperty galleryTitle = new SimpleStringProperty("Click a cell of the confusion matrix to see its faces.");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusError = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final CrossDatasetViewModel cross;
    private Path shownRun;
    private long generation;
    private BackgroundTask<EvaluationData> lastLoad;

    public EvaluationViewModel(WorkbenchContext context) {
        this.context = context;
        this.cross = new CrossDatasetViewModel(context, this);
        context.selectedRunProperty().addListener((o, a, run) -> runChanged(run));
        selectedSet.addListener((o, a, s) -> load(s));
        context.runs().runs().addListener((ListChangeListener<RunEntry>) c -> followRefreshedRuns());
        if (context.selectedRunProperty().get() == null && !context.runs().runs().isEmpty()) {
            context.selectedRunProperty().set(context.runs().runs().get(0));
        } else {
            runChanged(context.selectedRunProperty().get());
        }
    }

    /** After a rescan: keep the selected run (as its fresh entry), or pick the newest when none is selected. */
    private void followRefreshedRuns() {
        RunEntry selected = context.selectedRunProperty().get();
        List<RunEntry> runs = context.runs().runs();
        if (selected == null) {
            if (!runs.isEmpty()) {
                context.selectedRunProperty().set(runs.get(0));
            }
            return;
        }
        context.runs().find(selected.dir()).filter(fresh -> fresh != selected) // an equal one is swapped silently
                .ifPresent(fresh -> context.selectedRunProperty().set(fresh));
    }

    private void runChanged(RunEntry run) {
        if (run == null) {
            shownRun = null;
            sets.clear();
            selectedSet.set(null);
            clear("No run selected: train a model, or choose a run of the workspace.", false);
            return;
        }
        boolean sameRun = run.dir().equals(shownRun);
        shownRun = run.dir();
        refreshSets(sameRun ? Optional.ofNullable(selectedSet.get()).map(EvaluationSet::dir).orElse(null) : null);
    }

    /** Re-lists the run's evaluations and selects the one in {@code keep} (or the run's own one). */
    void refreshSets(Path keep) {
        if (shownRun == null) {
            return;
        }
        List<EvaluationSet> found;
        try {
            found = EvaluationSet.of(shownRun);
        } catch (IOException e) {
            context.errors().report("Listing the evaluations of " + shownRun, e);
            found = List.of(new EvaluationSet("own test set", shownRun, true));
        }
        EvaluationSet previous = selectedSet.get();
        sets.setAll(found);
        EvaluationSet choice = found.stream().filter(s -> s.dir().equals(keep)).findFirst().orElse(found.get(0));
        if (choice.equals(previous)) {
            load(choice); // same set, files may have changed
        } else {
            selectedSet.set(choice);
        }
    }

    private void load(EvaluationSet set) {
        long gen = ++generation;
        if (set == null) {
            return;
        }
        loading.set(true);
        status.set("Reading " + set.dir().getFileName() + " …");
        statusError.set(false);
        lastLoad = context.tasks().submit(BackgroundTask.of("Reading evaluation " + set.dir().getFileName(),
                        p -> EvaluationData.read(set.dir()))
                .onSuccess(d -> {
                    if (gen == generation) {
                        show(d);
                    }
                })
                .onFailure(t -> {
                    if (gen == generation) {
                        RunEntry run = context.selectedRunProperty().get();
                        boolean damaged = run != null && run.damaged() && set.dir().equals(run.dir());
                        boolean expected = t instanceof IllegalArgumentException || damaged; // damaged: reported when listed
                        if (!expected) {
                            context.errors().report("Reading the evaluation in " + set.dir(), t);
                        }
                        clear(damaged ? "The run " + run.label() + " cannot be shown: " + run.problem()
                                : org.emotionworkbench.ui.common.ErrorLog.describe(t), true);
                    }
                })
                .onFinally(() -> {
                    if (gen == generation) {
                        loading.set(false);
                    }
                }));
    }

    /** Shows an evaluation (called on the UI thread once read). */
    void show(EvaluationData d) {
        data.set(d);
        reportRows.setAll(ReportRow.of(d.report()));
        display.set(new ConfusionDisplay(d.confusion()));
        statusError.set(false);
        status.set(String.format(Locale.ROOT, "%d faces · accuracy %.3f · macro F1 %.3f%s", d.report().totalSupport(),
                d.report().accuracy(), d.report().macroF1(),
                d.predictions().isEmpty() ? " · no predictions.csv, so no galleries" : ""));
        CellKey cell = selectedCell.get();
        if (cell != null && display.get().classes().contains(cell.truth()) && display.get().classes().contains(cell.predicted())) {
            openCell(cell);
        } else {
            selectedCell.set(null);
            gallery.clear();
            galleryTitle.set("Click a cell of the confusion matrix to see its faces.");
        }
    }

    private void clear(String message, boolean error) {
        data.set(null);
        reportRows.clear();
        display.set(null);
        selectedCell.set(null);
        gallery.clear();
        galleryTitle.set("");
        status.set(message);
        statusError.set(error);
    }

    /** Shows the faces of one cell, most confident first. */
    public void openCell(CellKey cell) {
        EvaluationData d = data.get();
        selectedCell.set(cell);
        if (d == null) {
            gallery.clear();
            return;
        }
        if (d.predictions().isEmpty()) {
            gallery.clear();
            galleryTitle.set(cell.description() + ": no predictions.csv in this evaluation, so no faces to show");
            return;
        }
        List<GalleryFace> faces = d.cells().cell(cell.truth(), cell.predicted()).stream().map(GalleryFace::new).toList();
        gallery.setAll(faces);
        galleryTitle.set(cell.description() + ": " + faces.size() + (faces.size() == 1 ? " face" : " faces")
                + (faces.size() > 1 ? ", most confident first" : ""));
    }

    /** Opens a face on the Explain screen, explained with the selected run's model. */
    public void openFace(GalleryFace face) {
        RunEntry run = context.selectedRunProperty().get();
        if (run == null) {
            return;
        }
        context.explainTargetProperty().set(null); // the same face again still reaches the Explain screen
        context.explainTargetProperty().set(new ExplainTarget(run.dir(), face.source(), face.trueLabel(), face.predicted()));
        context.screenProperty().set(Screen.EXPLAIN);
    }

    public WorkbenchContext context() {
        return context;
    }

    public ObservableList<RunEntry> runs() {
        return context.runs().runs();
    }

    public ObservableList<EvaluationSet> sets() {
        return sets;
    }

    public ObjectProperty<EvaluationSet> selectedSetProperty() {
        return selectedSet;
    }

    public ReadOnlyObjectProperty<EvaluationData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ObservableList<ReportRow> reportRows() {
        return reportRows;
    }

    public ReadOnlyObjectProperty<ConfusionDisplay> displayProperty() {
        return display.getReadOnlyProperty();
    }

    public ObjectProperty<ConfusionDisplay.Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<CellKey> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    public ObservableList<GalleryFace> gallery() {
        return gallery;
    }

    public StringProperty galleryTitleProperty() {
        return galleryTitle;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusErrorProperty() {
        return statusError;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public CrossDatasetViewModel cross() {
        return cross;
    }

    /** The latest read of an evaluation (for tests). */
    BackgroundTask<EvaluationData> lastLoad() {
        return lastLoad;
    }
}
