package org.emotionworkbench.ui.datasets;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Overview tab: the class chart (with comparison datasets) above the load report. */
final class OverviewTab extends BorderPane {
    OverviewTab(OverviewViewModel vm) {
        Label summary = new Label();
        summary.setId("overview-summary");
        summary.textProperty().bind(vm.summaryProperty());
        CheckBox percent = new CheckBox("Percent of each split");
        percent.setId("normalise-counts");
        percent.selectedProperty().bindBidirectional(vm.percentProperty());
        Controls.tip(percent, "Show each series as a share of its own total, so datasets of different sizes compare.");

        ListView<ComparisonEntry> comparisons = new ListView<>(vm.comparisons());
        comparisons.setId("comparison-list");
        comparisons.setPrefHeight(60);
        comparisons.setPrefWidth(320);
        comparisons.setPlaceholder(Controls.hint("No other datasets. Enter one on the left and press Add to comparison."));
        Button remove = new Button("Remove");
        remove.setId("remove-comparison");
        remove.disableProperty().bind(comparisons.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.comparisons().remove(comparisons.getSelectionModel().getSelectedItem()));
        Button clear = new Button("Clear");
        clear.setOnAction(e -> vm.comparisons().clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.comparisons()));
        VBox compareButtons = new VBox(4, remove, clear);
        HBox top = new HBox(12, new VBox(6, summary, percent), comparisons, compareButtons);
        HBox.setHgrow(comparisons, Priority.ALWAYS);
        top.setPadding(new Insets(6));

        ClassCountsChart chart = new ClassCountsChart(vm);
        TextArea report = new TextArea();
        report.setId("load-report");
        report.setEditable(false);
        report.setStyle("-fx-font-family: 'monospace';");
        report.textProperty().bind(vm.reportProperty());
        VBox reportBox = new VBox(2, new Label("Load report (skipped files and folders with reasons)"), report);
        VBox.setVgrow(report, Priority.ALWAYS);
        reportBox.setPadding(new Insets(4, 6, 6, 6));

        SplitPane split = new SplitPane(chart, reportBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setTop(top);
        setCenter(split);
    }
}
