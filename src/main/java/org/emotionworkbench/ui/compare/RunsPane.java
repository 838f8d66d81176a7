package org.emotionworkbench.ui.compare;

import org.emotionworkbench.ui.common.Glossary;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.emotionworkbench.ui.WorkbenchContext;

import java.io.File;

/**
 * The "Runs" part: the runs table with its toolbar above; below, the chosen runs' configuration differences
 * beside their metric chart and McNemar's tests.
 */
final class RunsPane extends SplitPane {
    private final RunsTableView table;
    private final MetricChartView chart;

    RunsPane(WorkbenchContext context, CompareViewModel vm) {
        setOrientation(Orientation.VERTICAL);
        setId("compare-runs-pane");
        Button add = new Button("Add folder…");
        add.setId("add-folder");
        add.setTooltip(new Tooltip("Add runs from another folder: a run folder, a folder of runs, or a study folder."));
        add.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder with runs or a study");
            File start = context.workspace().root().toFile();
            if (start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            File dir = chooser.showDialog(getScene().getWindow());
            if (dir != null) {
                vm.addFolder(dir.toPath());
            }
        });
        Button refresh = new Button("Rescan");
        refresh.setId("refresh-runs");
        refresh.setTooltip(new Tooltip("Read the workspace's runs and the added folders again."));
        refresh.setOnAction(e -> context.runs().refresh());
        CheckBox evaluations = new CheckBox("Cross-dataset evaluations");
        evaluations.setId("include-evaluations");
        evaluations.selectedProperty().bindBidirectional(vm.includeEvaluationsProperty());
        evaluations.setTooltip(new Tooltip("Also list each run's evaluations/<name> folders: the same model tested on "
                + "another dataset."));
        Label hint = new Label("Choose runs to compare: click, Ctrl+click or Shift+click rows, or tick them.");
        hint.getStyleClass().add("hint");
        Label status = new Label();
        status.setId("runs-status");
        status.getStyleClass().add("hint");
        status.textProperty().bind(vm.statusProperty());
        Label problem = new Label();
        problem.setId("compare-problem");
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(vm.problemProperty());
        for (Region r : new Region[]{add, refresh, evaluations, status}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        hint.setMinWidth(0);
        problem.setMinWidth(0);
        problem.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> problem.getText().isBlank() ? null : new Tooltip(problem.getText()), problem.textProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, refresh, evaluations, hint, spacer, problem, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));

        table = new RunsTableView(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox top = new VBox(bar, table);

        chart = new MetricChartView(vm);
        Label mcTitle = new Label("McNemar's test");
        mcTitle.getStyleClass().add("section-title");
        Glossary.explain(mcTitle, "McNemar test");
        McNemarView mcnemar = new McNemarView("mcnemar-table", vm.mcnemarRows(), false);
        mcnemar.setPrefHeight(120);
        Label message = new Label();
        message.setId("mcnemar-message");
        message.setWrapText(true);
        message.getStyleClass().add("hint");
        message.textProperty().bind(vm.mcnemarMessageProperty());
        javafx.scene.control.ScrollPane messageScroll = new javafx.scene.control.ScrollPane(message);
        messageScroll.setFitToWidth(true);
        messageScroll.setMaxHeight(80);
        messageScroll.setMinHeight(0);
        messageScroll.getStyleClass().add("edge-to-edge");
        messageScroll.visibleProperty().bind(message.textProperty().isNotEmpty());
        messageScroll.managedProperty().bind(messageScroll.visibleProperty());
        VBox tests = new VBox(4, mcTitle, mcnemar, messageScroll);
        tests.setPadding(new Insets(4));
        VBox.setVgrow(mcnemar, Priority.ALWAYS);
        javafx.scene.control.Tab curves = new javafx.scene.control.Tab("Learning curves",
                new LearningCurvesView(new LearningCurvesViewModel(context.tasks(), vm.selected())));
        curves.setId("compare-curves-tab");
        javafx.scene.control.TabPane charts = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Metrics", chart), curves);
        charts.setId("compare-chart-tabs");
        charts.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane right = new SplitPane(charts, tests);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.62);
        SplitPane bottom = new SplitPane(new ConfigDiffView(vm.configDiff()), right);
        bottom.setDividerPositions(0.42);
        getItems().addAll(top, bottom);
        setDividerPositions(0.36);
    }

    RunsTableView table() {
        return table;
    }
}
