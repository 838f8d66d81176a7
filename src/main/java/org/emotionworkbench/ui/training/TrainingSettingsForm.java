package org.emotionworkbench.ui.training;

import org.emotionworkbench.ui.common.Glossary;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.emotionworkbench.training.Monitor;

/**
 * The settings form: one row a setting (label, field, a short explanation for students underneath), sections for
 * early stopping and learning-rate reduction, and the read-only summary of the data preparation and the model.
 * Fields are typed text bound to {@link TrainingSettings}, which explains any bad value.
 */
final class TrainingSettingsForm extends GridPane {
    private int row;

    TrainingSettingsForm(TrainingViewModel vm) {
        setId("training-settings");
        setHgap(8);
        setVgap(2);
        setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
        TrainingSettings s = vm.settings();

        section("Training");
        Label note = new Label("A run keeps the settings it started with; changes apply to the next run.");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setMaxWidth(380);
        add(note, 0, row++, 2, 1);
        TextField name = new TextField();
        name.setId("run-name");
        name.textProperty().bindBidirectional(vm.runNameProperty());
        field("Run name", name, "The folder the run is saved in, under the workspace's runs/.");
        field("Epochs", "epoch", spinner("epochs", s.epochsProperty(), 1, 100_000, 1),
                "Most passes over the training images. Early stopping may end sooner.");
        field("Batch size", "batch", spinner("batch-size", s.batchSizeProperty(), 1, 4096, 16),
                "Images per weight update. Larger batches: faster epochs, smoother but fewer updates.");
        field("Learning rate", "learning rate", text("learning-rate", s.learningRateProperty()),
                "Adam's step size. 0.001 is the usual start; too high and the loss jumps or diverges.");
        field("Seed", text("seed", s.seedProperty()),
                "Fixes the random start weights, split, shuffling and augmentation: same seed, same run.");
        ComboBox<Monitor> monitor = new ComboBox<>(FXCollections.observableArrayList(Monitor.values()));
        monitor.setId("monitor");
        monitor.valueProperty().bindBidirectional(s.monitorProperty());
        monitor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Monitor m) {
                return m == null ? "" : m.key();
            }

            @Override
            public Monitor fromString(String t) {
                return Monitor.parse(t);
            }
        });
        field("Monitor", monitor, "The validation figure that picks the best epoch (and drives early stopping and "
                + "LR reduction): val_loss (lower is better) or val_accuracy (higher is better).");

        startFrom(vm);

        Glossary.explain(section("Early stopping"), "early stopping");
        CheckBox es = check("early-stopping", "Use early stopping", s.earlyStoppingProperty());
        field("", es, "Stops when the monitor has not improved for a while: saves time and avoids over-fitting.");
        enabledWhen(field("Patience", spinner("patience", s.patienceProperty(), 1, 10_000, 1),
                "Epochs to wait for an improvement before stopping."), es.selectedProperty());
        enabledWhen(field("Min delta", text("min-delta", s.minDeltaProperty()),
                "The smallest change that counts as an improvement (0: any)."), es.selectedProperty());
        enabledWhen(field("", check("restore-best", "Keep the best epoch's weights", s.restoreBestProperty()),
                "Unchecked: the model keeps the last epoch's weights instead."), es.selectedProperty());

        section("Learning-rate reduction on plateau");
        CheckBox rlr = check("reduce-lr", "Reduce the LR on a plateau", s.reduceLrProperty());
        field("", rlr, "Multiplies the learning rate by a factor when the monitor stalls: smaller steps often help "
                + "then (Keras' ReduceLROnPlateau).");
        enabledWhen(field("LR patience", spinner("lr-patience", s.reduceLrPatienceProperty(), 1, 10_000, 1),
                "Flat epochs before the learning rate is reduced."), rlr.selectedProperty());
        enabledWhen(field("Factor", text("lr-factor", s.reduceLrFactorProperty()),
                "The learning rate is multiplied by this (between 0 and 1, e.g. 0.5 halves it)."), rlr.selectedProperty());
        enabledWhen(field("Min LR", text("min-lr", s.minLrProperty()),
                "The learning rate never goes below this."), rlr.selectedProperty());

        section("Data (set on the Datasets screen)");
        summary("dataset-summary", vm.datasetSummaryProperty());
        summary("preparation-summary", vm.preparationSummaryProperty());
        section("Model (set on the Model screen)");
        summary("model-summary", vm.modelSummaryProperty());
    }

    /** Train the Model screen's network from scratch, or fine-tune a run or model file (as train --from). */
    private void startFrom(TrainingViewModel vm) {
        StartFrom sf = vm.startFrom();
        section("Start from");
        ComboBox<StartFrom.Source> source = new ComboBox<>(FXCollections.observableArrayList(StartFrom.Source.values()));
        source.setId("start-from");
        source.valueProperty().bindBidirectional(sf.sourceProperty());
        field("Source", source, "The Model screen's network starts from random weights; a run or model file is "
                + "fine-tuned: its weights are the start, some layers may be frozen and a new head put on.");
        ObservableValue<Boolean> parent = sf.fromParentProperty();
        ComboBox<org.emotionworkbench.ui.workspace.RunEntry> runs = new ComboBox<>(vm.parentRuns());
        runs.setId("parent-run");
        runs.setPromptText("a run of the workspace");
        runs.valueProperty().addListener((o, a, r) -> vm.startFromRun(r));
        enabledWhen(field("Run", runs, "Fine-tune a run of this workspace (its folder goes in the path below)."),
                parent);
        TextField path = text("parent-path", sf.pathProperty());
        path.setPromptText("run folder, .h5 or .zip");
        javafx.scene.control.Button browse = new javafx.scene.control.Button("Browse…");
        browse.setId("parent-browse");
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Model to fine-tune");
            chooser.getExtensionFilters().addAll(
                    new javafx.stage.FileChooser.ExtensionFilter("Keras or DL4J model", "*.h5", "*.hdf5", "*.zip"),
                    new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
            java.io.File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                sf.pathProperty().set(f.getAbsolutePath());
            }
        });
        javafx.scene.layout.HBox pathRow = new javafx.scene.layout.HBox(4, path, browse);
        growInRow(path);
        Label pathLabel = new Label("Path");
        pathLabel.setLabelFor(path);
        path.setTooltip(new Tooltip("A run folder, a Keras .h5/.hdf5 file or a DL4J model zip."));
        add(pathLabel, 0, row);
        add(pathRow, 1, row++);
        pathRow.disableProperty().bind(javafx.beans.binding.Bindings.not(sf.fromParentProperty()));
        pathLabel.disableProperty().bind(pathRow.disableProperty());
        Label pathHint = new Label("A run folder, a Keras .h5/.hdf5 file or a DL4J model zip (Browse… for a file).");
        pathHint.getStyleClass().add("hint");
        pathHint.setWrapText(true);
        pathHint.setMaxWidth(300);
        pathHint.disableProperty().bind(pathRow.disableProperty());
        add(pathHint, 1, row++);
        enabledWhen(field("Freeze", text("freeze", sf.freezeProperty()),
                "Optional: a layer's name (it and every layer before it) or a number of layers kept as they are."),
                parent);
        TextField head = text("head", sf.headProperty());
        head.setPromptText("dense:256,dropout:0.5");
        enabledWhen(field("Head", head, "Optional: new layers replacing the output, then a 7-way softmax: "
                + "dense:<units>, dropout:<rate>, gap (e.g. dense:256,dropout:0.5). Blank keeps the model's output."),
                parent);
        javafx.beans.binding.BooleanBinding file = sf.fromParentProperty().and(sf.modelFileProperty());
        ComboBox<String> classes = new ComboBox<>(FXCollections.observableArrayList(StartFrom.CLASS_ORDERS));
        classes.setId("parent-classes");
        classes.setEditable(true);
        classes.getEditor().textProperty().bindBidirectional(sf.classesProperty());
        enabledWhen(field("Class order", classes, "For a model file: what its outputs are (fer2013, kdef, "
                + "alphabetical or a list of emotions). Not needed with a head."), file);
        ComboBox<String> range = new ComboBox<>(FXCollections.observableArrayList(StartFrom.PIXEL_RANGES));
        range.setId("pixel-range");
        range.valueProperty().bindBidirectional(sf.pixelRangeProperty());
        enabledWhen(field("Pixel range", range, "For a model file: the pixel values it takes (0,1 or -1,1)."), file);
    }

    private static void growInRow(javafx.scene.Node n) {
        javafx.scene.layout.HBox.setHgrow(n, Priority.ALWAYS);
    }

    private Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        GridPane.setMargin(l, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
        add(l, 0, row++, 2, 1);
        return l;
    }

    /** A labelled row with its explanation underneath (and as a tooltip); returns the field. */
    private Node field(String label, javafx.scene.control.Control control, String hint) {
        return field(label, null, control, hint);
    }

    /** The same, its label explaining a glossary term ({@code term} null: none). */
    private Node field(String label, String term, javafx.scene.control.Control control, String hint) {
        Label l = term == null ? new Label(label) : Glossary.label(label, term);
        l.setLabelFor(control);
        control.setTooltip(new Tooltip(hint));
        control.setMaxWidth(Double.MAX_VALUE);
        add(l, 0, row);
        add(control, 1, row++);
        Label h = new Label(hint);
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        h.setMaxWidth(300);
        add(h, 1, row++);
        h.disableProperty().bind(control.disableProperty());
        l.disableProperty().bind(control.disableProperty());
        return control;
    }

    private void summary(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(380);
        l.textProperty().bind(text);
        add(l, 0, row++, 2, 1);
    }

    private static void enabledWhen(Node n, ObservableValue<Boolean> on) {
        n.disableProperty().bind(javafx.beans.binding.Bindings.not(
                javafx.beans.binding.BooleanExpression.booleanExpression(on)));
    }

    private static CheckBox check(String id, String text, BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private static TextField text(String id, StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    /**
     * An editable integer spinner whose typed text goes to {@code text} as it is typed (so a bad value is explained
     * at once); arrows and committed values update the text too. Text that is not a number is never committed.
     */
    private static Spinner<Integer> spinner(String id, StringProperty text, int min, int max, int step) {
        int initial;
        try {
            initial = Integer.parseInt(text.get().trim());
        } catch (NumberFormatException e) {
            initial = min;
        }
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial, step);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String s) {
                try {
                    return Integer.parseInt(s.trim());
                } catch (NumberFormatException e) {
                    return f.getValue(); // keep the old value; the form says what is wrong with the text
                }
            }
        });
        Spinner<Integer> sp = new Spinner<>(f);
        sp.setId(id);
        sp.setEditable(true);
        sp.getEditor().setText(text.get());
        sp.getEditor().textProperty().addListener((o, a, t) -> text.set(t));
        text.addListener((o, a, t) -> {
            if (!t.equals(sp.getEditor().getText())) {
                sp.getEditor().setText(t);
            }
        });
        return sp;
    }
}
