package org.emotionworkbench.ui.training;

import org.emotionworkbench.ui.common.Stylesheet;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emotionworkbench.ui.WorkbenchContext;


/**
 * The Training screen: settings on the left; Start/Stop, progress and the four live charts in the middle; the log
 * and the outcome of the last run underneath. A thin view over {@link TrainingViewModel}.
 */
public final class TrainingView extends BorderPane {
    private final TrainingViewModel vm;

    public TrainingView(WorkbenchContext context) {
        this(new TrainingViewModel(context));
    }

    TrainingView(TrainingViewModel vm) {
        this.vm = vm;
        setId("training-view");
        getStylesheets().add(Stylesheet.TRAINING.url());
        TrainingProgressModel m = vm.progress();

        // the form stays editable during a run (a run keeps the settings it started with); disabling it would
        // restyle and re-lay out every field at once, a long pause of the FX thread at Start
        TrainingSettingsForm form = new TrainingSettingsForm(vm);
        Label problems = new Label();
        problems.setId("settings-message");
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        problems.setMaxWidth(380);
        problems.textProperty().bind(vm.problemsProperty());
        problems.visibleProperty().bind(vm.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        VBox left = new VBox(4, problems, form);
        left.setPadding(new Insets(4));
        ScrollPane settings = new ScrollPane(left);
        settings.setId("training-settings-scroll");
        settings.setFitToWidth(true);
        settings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        settings.setMinWidth(320);
        settings.setPrefWidth(410); // fixed, so the charts keep their room in presentation mode

        setLeft(settings);
        VBox center = new VBox(6, controls(), progressLine(m), new TrainingCharts(m));
        VBox.setVgrow(center.getChildren().get(2), Priority.ALWAYS);
        center.setPadding(new Insets(6));
        SplitPane split = new SplitPane(center, bottom(m));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        setCenter(split);
    }

    private HBox controls() {
        Button start = new Button("Start training");
        start.setId("start-training");
        start.setDefaultButton(false);
        start.disableProperty().bind(vm.canStartProperty().not());
        start.setOnAction(e -> vm.start());
        start.setTooltip(new Tooltip("Train the model on the dataset with these settings into a new run folder."));

        Button stop = new Button("Stop");
        stop.setId("stop-training");
        stop.disableProperty().bind(vm.runningProperty().not().or(vm.stopRequestedProperty()));
        stop.setOnAction(e -> vm.stop());
        stop.setTooltip(new Tooltip("Stop after the current batch; the best epoch so far is kept, saved and evaluated."));

        Button resume = new Button("Resume");
        resume.setId("resume-training");
        resume.disableProperty().bind(vm.canResumeProperty().not());
        resume.setOnAction(e -> vm.resume());
        resume.setTooltip(new Tooltip("Go on with the selected run, which was stopped part-way: from the epoch after "
                + "its last finished one, with the settings it started with (not this form's)."));

        CheckBox record = new CheckBox("Record for DL4J UI");
        record.setId("record-dl4j-ui");
        record.selectedProperty().bindBidirectional(vm.recordForDl4jUiProperty());
        record.disableProperty().bind(vm.runningProperty());
        record.setTooltip(new Tooltip("Send this run's detailed statistics (per layer: parameters, updates, "
                + "activations) to DL4J's own training UI. Slows training a little."));

        Button dl4j = new Button("Open DL4J UI");
        dl4j.setId("open-dl4j-ui");
        dl4j.disableProperty().bind(vm.dl4jUiStartingProperty());
        dl4j.setOnAction(e -> vm.openDl4jUi());
        dl4j.setTooltip(new Tooltip("DL4J's training UI in your browser (served on this computer only, 127.0.0.1)."));

        TextField url = new TextField();
        url.setId("dl4j-ui-url");
        url.setEditable(false);
        url.setPrefColumnCount(22);
        url.textProperty().bind(vm.dl4jUiUrlProperty());
        url.visibleProperty().bind(vm.dl4jUiUrlProperty().isNotEmpty());
        url.managedProperty().bind(url.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, start, stop, resume, spacer, record, dl4j, url);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox progressLine(TrainingProgressModel m) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("training-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(m.progressProperty());
        Label eta = new Label();
        eta.setId("training-eta");
        eta.textProperty().bind(m.etaProperty());
        eta.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("training-status");
        status.textProperty().bind(m.statusProperty());
        Tooltip statusTip = new Tooltip(); // the whole line where the window is too narrow for it
        statusTip.textProperty().bind(m.statusProperty());
        status.setTooltip(statusTip);
        Label best = new Label();
        best.setId("best-epoch");
        best.getStyleClass().add("best-epoch");
        best.textProperty().bind(m.bestEpochTextProperty());
        best.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, bar, eta, status, spacer, best);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private BorderPane bottom(TrainingProgressModel m) {
        ListView<String> log = new ListView<>(m.log());
        log.setId("training-log");
        log.getStyleClass().add("training-log");
        // cells as wide as the list (long lines end in "…"): no horizontal scroll bar to hide the newest line
        log.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        // follow the newest line: after the list has counted it (its count updates at layout), once per burst
        boolean[] followQueued = {false};
        m.log().addListener((ListChangeListener<String>) c -> {
            if (!followQueued[0]) {
                followQueued[0] = true;
                javafx.application.Platform.runLater(() -> {
                    followQueued[0] = false;
                    if (!m.log().isEmpty()) {
                        log.scrollTo(m.log().size() - 1);
                    }
                });
            }
        });

        Label outcomeTitle = new Label("Last run");
        outcomeTitle.getStyleClass().add("section-title");
        Label outcome = new Label();
        outcome.setId("training-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(Bindings.when(vm.outcomeProperty().isEmpty())
                .then("No run finished yet.").otherwise(vm.outcomeProperty()));
        Button show = new Button("Show evaluation");
        show.setId("show-evaluation");
        show.disableProperty().bind(vm.evaluationAvailableProperty().not().or(vm.runningProperty()));
        show.setOnAction(e -> vm.showEvaluation());
        show.setTooltip(new Tooltip("The finished run's test report, confusion matrix and predictions."));
        VBox side = new VBox(6, outcomeTitle, outcome, show);
        side.setPadding(new Insets(6));
        side.setPrefWidth(340);
        side.setMinWidth(280);

        BorderPane p = new BorderPane();
        p.setCenter(log);
        p.setRight(side);
        p.setMinHeight(110);
        return p;
    }

    TrainingViewModel viewModel() {
        return vm;
    }
}
