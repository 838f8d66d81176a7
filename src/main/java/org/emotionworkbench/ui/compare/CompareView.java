package org.emotionworkbench.ui.compare;

import org.emotionworkbench.ui.common.Stylesheet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.emotionworkbench.ui.WorkbenchContext;

import java.io.File;
import java.nio.file.Path;

/**
 * The Compare / Study screen: a "Runs" tab (the runs table, config differences, metric bars with intervals,
 * McNemar's tests) and a "Study" tab (open or run a study: grid, per-class F1, synthetic-fraction curve, McNemar
 * per seed); above both, the HTML report export of what the current tab shows.
 */
public final class CompareView extends BorderPane {
    private final CompareViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Tab runsTab;
    private final Tab studyTab;
    private final RunsPane runsPane;

    public CompareView(WorkbenchContext context) {
        this(context, new CompareViewModel(context));
    }

    CompareView(WorkbenchContext context, CompareViewModel vm) {
        this.vm = vm;
        setId("compare-view");
        getStylesheets().add(Stylesheet.COMPARE.url());
        runsPane = new RunsPane(context, vm);
        runsTab = new Tab("Runs", runsPane);
        runsTab.setId("compare-runs-tab");
        studyTab = new Tab("Study", new StudyPane(context, vm.study()));
        studyTab.setId("compare-study-tab");
        tabs.setId("compare-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(runsTab, studyTab);
        vm.study().summaryProperty().addListener((o, a, s) -> {
            if (s != null) {
                tabs.getSelectionModel().select(studyTab);
            }
        });

        Label title = new Label("Compare runs and studies");
        title.getStyleClass().add("section-title");
        Label hint = new Label("Every figure is computed by the engine: bootstrap intervals, McNemar's test, study summaries.");
        hint.getStyleClass().add("hint");
        Button export = new Button();
        export.setId("export-report");
        export.textProperty().bind(javafx.beans.binding.Bindings.when(
                tabs.getSelectionModel().selectedItemProperty().isEqualTo(studyTab))
                .then("Export study report (HTML)…").otherwise("Export report of compared runs (HTML)…"));
        export.setTooltip(new Tooltip("A self-contained HTML page (tables, bar charts with 95 % whiskers, confusion "
                + "matrices, McNemar's tests) to hand out."));
        export.setOnAction(e -> export(context));
        Button open = new Button("Open report");
        open.setId("open-report");
        open.visibleProperty().bind(vm.reports().lastReportProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> vm.reports().openLast());
        Label message = new Label();
        message.setId("report-message");
        message.getStyleClass().add("hint");
        message.textProperty().bind(vm.reports().messageProperty());
        // the title and buttons keep their full text; the hint and the message give way (their tooltips have it)
        for (Region r : new Region[]{title, open, export}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        hint.setMinWidth(0);
        hint.setTooltip(new Tooltip(hint.getText()));
        message.setMinWidth(0);
        message.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> message.getText().isBlank() ? null : new Tooltip(message.getText()), message.textProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, hint, spacer, message, open, export);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(6, 8, 2, 8));
        setTop(head);
        setCenter(tabs);
    }

    private void export(WorkbenchContext context) {
        boolean study = tabs.getSelectionModel().getSelectedItem() == studyTab;
        if (study ? vm.study().summaryProperty().get() == null : vm.resultProperty().get().compared().isEmpty()) {
            if (study) {
                vm.study().exportReport(null); // only says what is missing
            } else {
                vm.exportReport(null);
            }
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the HTML report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML (*.html)", "*.html"));
        Path dir = study ? vm.study().studyDirProperty().get() : context.workspace().root();
        if (dir != null && dir.toFile().isDirectory()) {
            chooser.setInitialDirectory(dir.toFile());
        }
        chooser.setInitialFileName(study ? vm.study().specProperty().get().name() + "-report.html" : "compared-runs.html");
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f == null) {
            return;
        }
        Path target = f.toPath().getFileName().toString().toLowerCase().endsWith(".html") ? f.toPath()
                : f.toPath().resolveSibling(f.getName() + ".html");
        if (study) {
            vm.study().exportReport(target);
        } else {
            vm.exportReport(target);
        }
    }

    public CompareViewModel viewModel() {
        return vm;
    }

    /** Brings the Study tab to the front (a lesson is run there). */
    public void showStudyTab() {
        tabs.getSelectionModel().select(studyTab);
    }

    TabPane tabs() {
        return tabs;
    }

    RunsPane runsPane() {
        return runsPane;
    }
}
