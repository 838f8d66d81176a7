package org.emotionworkbench.ui.compare;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.training.Balancing;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The study builder (a collapsible part of the Study tab). Thin: everything is in {@link StudyBuilderViewModel}. */
final class StudyBuilderPane extends TitledPane {
    StudyBuilderPane(StudyBuilderViewModel vm, Consumer<Path> saved) {
        setText("Build a study (no JSON needed)");
        setId("study-builder");
        setExpanded(false);

        GridPane settings = new GridPane();
        settings.setHgap(8);
        settings.setVgap(4);
        ChoiceBox<String> model = new ChoiceBox<>();
        model.setId("builder-model");
        model.getItems().setAll(Presets.names());
        model.valueProperty().bindBidirectional(vm.modelProperty());
        CheckBox robustness = new CheckBox("FGSM robustness");
        robustness.selectedProperty().bindBidirectional(vm.robustnessProperty());
        robustness.setTooltip(new Tooltip("Accuracy under FGSM at ε = 0, 1, 2, 4, 8 (of 255) on 500 images of each "
                + "evaluation set."));
        settings.addRow(0, new Label("Name"), field("builder-name", vm.nameProperty(), 12), new Label("Model"), model,
                new Label("Seeds"), field("builder-seeds", vm.seedsProperty(), 8), robustness);
        settings.addRow(1, new Label("Epochs"), field("builder-epochs", vm.epochsProperty(), 4), new Label("Batch"),
                field("builder-batch", vm.batchProperty(), 4), new Label("Learning rate"),
                field("builder-lr", vm.learningRateProperty(), 6), new HBox(4, new Label("Patience"),
                        field("builder-patience", vm.patienceProperty(), 3), hint("(0: no early stopping)")));
        settings.addRow(2, new Label("Sweep epochs"), field("builder-sweep-epochs", vm.sweepEpochsProperty(), 8),
                new Label("batches"), field("builder-sweep-batch", vm.sweepBatchProperty(), 8), new Label("rates"),
                field("builder-sweep-lr", vm.sweepLearningRateProperty(), 10),
                hint("(optional, e.g. 40, 50, 60: every combination × source × seed is a run)"));

        VBox sourceRows = new VBox(4);
        sourceRows.setId("builder-sources");
        Runnable showSources = () -> sourceRows.getChildren().setAll(vm.sources().stream().map(r -> sourceRow(vm, r)).toList());
        vm.sources().addListener((ListChangeListener<StudySourceRow>) c -> showSources.run());
        showSources.run();
        Button addSource = new Button("Add training source");
        addSource.setId("builder-add-source");
        addSource.setTooltip(new Tooltip("Adds the dataset open on the Datasets screen; change the path to any folder, "
                + "FER2013 CSV or manifest (matched or mixed sets). Folders with a label map work as they are."));
        addSource.setOnAction(e -> vm.addSource());

        VBox evalRows = new VBox(4);
        evalRows.setId("builder-evaluations");
        Runnable showEvals = () -> evalRows.getChildren().setAll(vm.evaluations().stream().map(r -> evalRow(vm, r)).toList());
        vm.evaluations().addListener((ListChangeListener<StudyEvaluationRow>) c -> showEvals.run());
        showEvals.run();
        Button addEval = new Button("Add evaluation set");
        addEval.setId("builder-add-evaluation");
        addEval.setOnAction(e -> vm.addEvaluation());

        Label preview = new Label();
        preview.setId("builder-preview");
        preview.textProperty().bind(vm.previewProperty());
        Label problem = new Label();
        problem.setId("builder-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Button size = new Button("Preview size");
        size.setId("builder-preview-button");
        size.setOnAction(e -> vm.preview());
        Button run = new Button("Save and run");
        run.setId("builder-run");
        run.setTooltip(new Tooltip("Saves the spec as JSON in the workspace's studies/ folder and runs it below "
                + "(resumable: running it again skips finished runs)."));
        run.setOnAction(e -> {
            Path file = vm.save();
            if (file != null) {
                saved.accept(file);
            }
        });
        HBox actions = new HBox(8, size, run, preview);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, settings, new Label("Training sources"), sourceRows, addSource,
                new Label("Evaluation sets (every model is tested on each)"), evalRows, addEval, actions, problem);
        box.setPadding(new Insets(6));
        setContent(box);
    }

    private static Node sourceRow(StudyBuilderViewModel vm, StudySourceRow r) {
        TextField data = field(null, r.dataProperty(), 30);
        HBox.setHgrow(data, Priority.ALWAYS);
        ChoiceBox<Balancing> balancing = new ChoiceBox<>();
        balancing.getItems().setAll(Balancing.values());
        balancing.valueProperty().bindBidirectional(r.balancingProperty());
        balancing.setTooltip(new Tooltip("none, class weights (rare classes count more in the loss) or augmented "
                + "copies of the minority classes"));
        CheckBox augment = new CheckBox("augment");
        augment.selectedProperty().bindBidirectional(r.augmentProperty());
        CheckBox consolidate = new CheckBox("train+test");
        consolidate.selectedProperty().bindBidirectional(r.consolidateProperty());
        augment.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the start fields must not squeeze these
        consolidate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField from = field(null, r.fromProperty(), 12);
        from.setPromptText("start from (optional)");
        from.setTooltip(new Tooltip("A run folder, Keras .h5 or DL4J .zip to fine-tune on this source instead of "
                + "training the study's model (as train --from)"));
        TextField freeze = field(null, r.freezeProperty(), 4);
        freeze.setPromptText("freeze");
        freeze.setTooltip(new Tooltip("With a start: the layer (name or count) up to which the parent stays frozen"));
        TextField head = field(null, r.headProperty(), 10);
        head.setPromptText("head");
        head.setTooltip(new Tooltip("With a start: a new head, e.g. dense:128,dropout:0.5"));
        Button remove = new Button("✕");
        remove.setOnAction(e -> vm.sources().remove(r));
        HBox row = new HBox(6, field(null, r.nameProperty(), 10), data, browse(data), balancing, augment, consolidate,
                from, freeze, head, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node evalRow(StudyBuilderViewModel vm, StudyEvaluationRow r) {
        TextField data = field(null, r.dataProperty(), 30);
        HBox.setHgrow(data, Priority.ALWAYS);
        CheckBox shared = new CheckBox("shared classes only");
        shared.selectedProperty().bindBidirectional(r.sharedClassesProperty());
        Button remove = new Button("✕");
        remove.setOnAction(e -> vm.evaluations().remove(r));
        HBox row = new HBox(6, field(null, r.nameProperty(), 10), data, browse(data), shared, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button browse(TextField target) {
        Button b = new Button("…");
        b.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Dataset folder");
            File f = c.showDialog(b.getScene().getWindow());
            if (f != null) {
                target.setText(f.getAbsolutePath());
            }
        });
        return b;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, int columns) {
        TextField f = new TextField();
        if (id != null) {
            f.setId(id);
        }
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        return l;
    }
}
