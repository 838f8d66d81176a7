package org.emotionworkbench.ui.compare;

import org.emotionworkbench.ui.common.Glossary;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.emotionworkbench.study.StudyProgress;
import org.emotionworkbench.ui.WorkbenchContext;

import java.io.File;

/**
 * The "Study" part: open a study folder or run a spec (progress, cancel, resume), then the grid, per-class F1
 * differences, the synthetic-fraction curve and McNemar per seed.
 */
final class StudyPane extends BorderPane {
    private final StudyViewModel vm;
    private final StudyGridView grid = new StudyGridView();
    private final ClassF1View classF1 = new ClassF1View();
    private final FractionChartView fraction = new FractionChartView();

    StudyPane(WorkbenchContext context, StudyViewModel vm) {
        this.vm = vm;
        setId("compare-study-pane");
        Button open = new Button("Open study folder…");
        open.setId("open-study");
        open.setTooltip(new Tooltip("A folder made by a study run (it holds study.json and runs/<source>-s<seed>/)."));
        open.setOnAction(e -> {
            File dir = chooseDir("Study folder", context.workspace().root().toFile());
            if (dir != null) {
                vm.open(dir.toPath());
            }
        });
        TextField spec = new TextField();
        spec.setId("study-spec");
        spec.setPromptText("study spec (.json)");
        spec.setPrefColumnCount(22);
        spec.textProperty().bindBidirectional(vm.specFileProperty());
        spec.setTooltip(new Tooltip("A study spec: the model, training settings, seeds, training sources and evaluation "
                + "sets (see docs/example-study.json)."));
        Button browseSpec = new Button("…");
        browseSpec.setId("browse-spec");
        browseSpec.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Study spec");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Study spec (*.json)", "*.json"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.specFileProperty().set(f.getAbsolutePath());
            }
        });
        TextField out = new TextField();
        out.setId("study-out");
        out.setPromptText("output folder");
        out.setPrefColumnCount(22);
        out.textProperty().bindBidirectional(vm.outDirProperty());
        out.setTooltip(new Tooltip("Where the study's runs go. Running again into the same folder resumes: finished "
                + "runs are skipped."));
        Button browseOut = new Button("…");
        browseOut.setId("browse-out");
        browseOut.setOnAction(e -> {
            File dir = chooseDir("Output folder for the study", context.workspace().root().toFile());
            if (dir != null) {
                vm.outDirProperty().set(dir.getAbsolutePath());
            }
        });
        Button run = new Button("Run");
        run.setId("run-study");
        run.setDefaultButton(false);
        run.disableProperty().bind(vm.runningProperty());
        run.setTooltip(new Tooltip("Train and evaluate every (source, seed) not yet finished, in the background."));
        run.setOnAction(e -> vm.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-study");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setTooltip(new Tooltip("Stop after the current batch; finished runs are kept, Run resumes."));
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("study-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty().or(vm.loadingProperty()));
        Label runMessage = new Label();
        runMessage.setId("study-run-message");
        runMessage.textProperty().bind(vm.runMessageProperty());
        runMessage.visibleProperty().bind(vm.runningProperty());
        runMessage.managedProperty().bind(vm.runningProperty()); // a line of its own: the controls keep their room
        HBox controls = new HBox(6, open, new Label("or run"), spec, browseSpec, new Label("into"), out, browseOut,
                run, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("study-status");
        status.textProperty().bind(vm.statusProperty());
        Label problem = new Label();
        problem.setId("study-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        StudyBuilderViewModel builder = new StudyBuilderViewModel(context);
        StudyBuilderPane builderPane = new StudyBuilderPane(builder, file -> {
            vm.specFileProperty().set(file.toString());
            vm.outDirProperty().set(builder.outDir(builder.nameProperty().get().strip()).toString());
            vm.run();
        });
        Label following = new Label();
        following.setId("study-following");
        following.getStyleClass().add("hint");
        following.textProperty().bind(javafx.beans.binding.Bindings.concat(
                "Following this folder as another process (the CLI, or Spark tasks) trains it: ",
                vm.watchMessageProperty()));
        following.visibleProperty().bind(vm.watchingProperty());
        following.managedProperty().bind(vm.watchingProperty());
        Button stopFollowing = new Button("Stop following");
        stopFollowing.setId("stop-following");
        stopFollowing.setOnAction(e -> vm.stopWatching());
        stopFollowing.visibleProperty().bind(vm.watchingProperty());
        stopFollowing.managedProperty().bind(vm.watchingProperty());
        HBox followBox = new HBox(8, following, stopFollowing);
        followBox.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, builderPane, controls, runMessage, status, followBox, problem);
        top.setPadding(new Insets(6));
        setTop(top);

        ChoiceBox<Metric> metric = new ChoiceBox<>();
        metric.setId("study-metric");
        metric.getItems().setAll(Metric.OF_STUDIES);
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        metric.setTooltip(MetricTooltip.following(vm.metricProperty()));
        Node gridBox = titled("Train set × test set", "bootstrap interval", "Mean ± sd over seeds; hover a cell for its 95 % bootstrap "
                + "interval. Rows: training source; columns: evaluation set.", grid, metric);
        ChoiceBox<String> evaluation = new ChoiceBox<>(vm.evaluations());
        evaluation.setId("class-f1-eval");
        evaluation.valueProperty().bindBidirectional(vm.classF1EvaluationProperty());
        Node f1Box = titled("Per-class F1", "F1", "Mean F1 over seeds per emotion, and how each source differs from the "
                + "first (green: higher).", classF1, new Label("on"), evaluation);
        Node curveBox = titled("Synthetic share", null, "Only sources with a \"syntheticFraction\" are on the curve. "
                + "Whiskers: ±1 sd over seeds.", fraction);
        McNemarView tests = new McNemarView("study-mcnemar-table", vm.tests(), true);
        Node testsBox = titled("McNemar per seed", "McNemar test", "Two sources' models of the same seed on the same images.", tests);
        SplitPane left = new SplitPane(gridBox, f1Box);
        left.setOrientation(Orientation.VERTICAL);
        Node runsBox = titled("Runs", null, "Each run of the study and how far it has got; read from the study "
                + "folder, so it shows runs trained by another process or by Spark tasks too.",
                new StudyRunsView(vm.runs()));
        SplitPane right = new SplitPane(curveBox, testsBox);
        right.setOrientation(Orientation.VERTICAL);
        SplitPane body = new SplitPane(left, right);
        body.setDividerPositions(0.5);
        setCenter(body);

        vm.gridProperty().addListener((o, a, g) -> grid.show(g));
        vm.classF1Property().addListener((o, a, t) -> classF1.show(t));
        // the synthetic-share chart takes room only when the study has a curve to draw
        java.util.function.Consumer<FractionCurve> showFraction = f -> {
            fraction.show(f);
            boolean curve = f != null && !f.isEmpty();
            if (curve && !right.getItems().contains(curveBox)) {
                right.getItems().add(0, curveBox);
            } else if (!curve) {
                right.getItems().remove(curveBox);
            }
        };
        vm.fractionProperty().addListener((o, a, f) -> showFraction.accept(f));
        // the runs table takes room only while some run is not done
        Runnable showRuns = () -> {
            boolean unfinished = vm.runs().stream().anyMatch(r -> r.status() != StudyProgress.Status.DONE);
            if (unfinished && !right.getItems().contains(runsBox)) {
                right.getItems().add(0, runsBox);
                right.setDividerPositions(right.getItems().size() == 3 ? new double[]{0.45, 0.75}
                        : new double[]{0.6});
            } else if (!unfinished) {
                right.getItems().remove(runsBox);
            }
        };
        vm.runs().addListener((javafx.collections.ListChangeListener<StudyProgress.RunState>) c -> showRuns.run());
        showRuns.run();
        grid.show(vm.gridProperty().get());
        classF1.show(vm.classF1Property().get());
        showFraction.accept(vm.fractionProperty().get());
    }

    /** A titled box; the title explains {@code glossaryTerm} (null: none). */
    private static Node titled(String title, String glossaryTerm, String hint, Node content, Node... extra) {
        Label t = glossaryTerm == null ? new Label(title) : Glossary.label(title, glossaryTerm);
        t.getStyleClass().add("section-title");
        HBox head = new HBox(8, t);
        head.getChildren().addAll(extra);
        head.setAlignment(Pos.CENTER_LEFT);
        Label h = new Label(hint);
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        VBox box = new VBox(4, head, h, content);
        box.setPadding(new Insets(4));
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private File chooseDir(String title, File start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        return chooser.showDialog(getScene().getWindow());
    }
}
