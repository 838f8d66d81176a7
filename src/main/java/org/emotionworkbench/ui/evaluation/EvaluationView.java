package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.ui.common.Glossary;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emotionworkbench.ui.common.Hints;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.workspace.RunEntry;

/**
 * The Evaluation screen: a run's classification report and confusion matrix (counts or row percent), the faces of
 * any cell (sad predicted as neutral one click away), each opening on the Explain screen; and a cross-dataset test.
 */
public final class EvaluationView extends BorderPane {
    private final EvaluationViewModel vm;

    public EvaluationView(WorkbenchContext context) {
        setId("evaluation-view");
        vm = new EvaluationViewModel(context);
        ThumbnailLoader thumbnails = new ThumbnailLoader(context.ui());
        context.closeOnExit(thumbnails);

        ComboBox<RunEntry> run = RunChooser.create("run-choice", vm.runs(), context.selectedRunProperty());
        run.setTooltip(new Tooltip("The run (trained model) whose evaluation is shown."));
        ComboBox<EvaluationSet> set = new ComboBox<>(vm.sets());
        set.setId("evaluation-set");
        set.valueProperty().bindBidirectional(vm.selectedSetProperty());
        set.setTooltip(new Tooltip("The run's own held-out test set, or another dataset it was evaluated on."));
        Button refresh = new Button("Rescan runs");
        refresh.setTooltip(new Tooltip("List the workspace's runs again (e.g. after training from the command line)."));
        refresh.setOnAction(e -> context.runs().refresh());
        Label status = new Label();
        status.setId("evaluation-status");
        status.textProperty().bind(vm.statusProperty());
        vm.statusErrorProperty().addListener((o, a, err) -> status.getStyleClass().setAll(err ? "error-text" : "label"));
        status.setMinWidth(0); // the message gives way (its tooltip has it all), never the controls
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        status.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> status.getText() == null || status.getText().isBlank() ? null : new Tooltip(status.getText()),
                status.textProperty()));
        Label runLabel = new Label("Run");
        Label setLabel = new Label("Evaluated on");
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[]{runLabel, setLabel, refresh, set}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox top = new HBox(8, runLabel, run, setLabel, set, refresh, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        setTop(top);

        ScrollPane leftScroll = new ScrollPane(left());
        // the report and the whole confusion matrix without scrolling, at any zoom (45em = 585 px at 100 %)
        leftScroll.setStyle("-fx-min-width: 45em;");
        SplitPane split = new SplitPane(leftScroll, right(thumbnails, vm));
        split.setDividerPositions(0.5);
        setCenter(split);
    }

    private VBox left() {
        Label reportTitle = new Label("Classification report");
        reportTitle.getStyleClass().add("section-title");
        Label reportHint = Hints.paragraph("As scikit-learn prints it. Support = faces of the class; macro avg = plain mean "
                + "over classes; weighted avg = mean weighted by support.");

        Label matrixTitle = Glossary.label("Confusion matrix", "confusion matrix");
        matrixTitle.getStyleClass().add("section-title");
        ToggleButton percent = new ToggleButton("Row %");
        percent.setId("counts-toggle");
        percent.setTooltip(new Tooltip("Off: counts of faces. On: each row as percent of its true class (the "
                + "diagonal is then each class's recall)."));
        percent.selectedProperty().addListener((o, a, on) -> vm.modeProperty().set(
                on ? ConfusionDisplay.Mode.ROW_PERCENT : ConfusionDisplay.Mode.COUNTS));
        vm.modeProperty().addListener((o, a, m) -> percent.setSelected(m == ConfusionDisplay.Mode.ROW_PERCENT));
        Button sadNeutral = new Button();
        sadNeutral.setId("sad-neutral");
        sadNeutral.setTooltip(new Tooltip("Sad faces the model took for neutral: the most common confusion in FER."));
        sadNeutral.setOnAction(e -> vm.openCell(new CellKey(Emotion.SAD, Emotion.NEUTRAL)));
        Runnable label = () -> {
            ConfusionDisplay d = vm.displayProperty().get();
            boolean has = d != null && d.classes().contains(Emotion.SAD) && d.classes().contains(Emotion.NEUTRAL);
            sadNeutral.setDisable(!has);
            sadNeutral.setText("sad \u2192 neutral" + (has ? " (" + d.cell(Emotion.SAD, Emotion.NEUTRAL,
                    ConfusionDisplay.Mode.COUNTS).count() + ")" : ""));
        };
        vm.displayProperty().addListener((o, a, d) -> label.run());
        label.run();
        HBox matrixTools = new HBox(8, matrixTitle, percent, sadNeutral);
        matrixTools.setAlignment(Pos.CENTER_LEFT);
        Label matrixHint = Hints.paragraph("Rows: the true class (faces in brackets); columns: what the model predicted. "
                + "The diagonal holds the right answers. Click a cell to see its faces.");

        VBox left = new VBox(8, reportTitle, reportHint, ReportTable.create(vm.reportRows()), matrixTools, matrixHint,
                new ConfusionMatrixPane(vm));
        left.setPadding(new Insets(8));
        left.setPrefWidth(560);
        return left;
    }

    private static VBox right(ThumbnailLoader thumbnails, EvaluationViewModel vm) {
        FaceGallery gallery = new FaceGallery(vm, thumbnails);
        VBox.setVgrow(gallery, Priority.ALWAYS);
        VBox right = new VBox(8, gallery, new CrossDatasetBox(vm.cross()));
        right.setPadding(new Insets(8));
        return right;
    }

    public EvaluationViewModel viewModel() {
        return vm;
    }
}
