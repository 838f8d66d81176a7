package org.emotionworkbench.ui.model;

import org.emotionworkbench.ui.common.Stylesheet;
import org.emotionworkbench.ui.common.ScaledWidths;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.ui.WorkbenchContext;

import java.io.File;
import java.util.Objects;

/**
 * The Model screen: a layer-stack editor over the engine's model specs. Palette of layer types on the left, the
 * stack (with shapes and parameters from the engine's shape inference) and its Keras summary in the middle, the
 * selected layer's settings on the right; presets, name, undo/redo and JSON files on top. The valid spec is the
 * context's model (what Training trains). A third tab shows the selected run's network as it is (trained, imported or
 * fine-tuned), frozen layers marked.
 */
public final class ModelView extends BorderPane {
    private final ModelEditorViewModel vm;
    private final ModelFilesViewModel files;
    private final RunNetworkViewModel runNetwork;
    private final ComboBox<String> presets = new ComboBox<>();
    private boolean showingPreset;

    public ModelView(WorkbenchContext context) {
        setId("model-view");
        getStylesheets().add(Stylesheet.MODEL.url());
        this.vm = new ModelEditorViewModel(context.modelProperty());
        this.files = new ModelFilesViewModel(vm, context.tasks());
        this.runNetwork = new RunNetworkViewModel(context);
        setTop(toolbar());
        LayerPalette palette = new LayerPalette(vm);
        setLeft(palette);
        setCenter(stack(context));
        ScrollPane form = new ScrollPane(new LayerForm(vm));
        form.setFitToWidth(true);
        ScaledWidths.prefWidth(form, 340);
        form.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(form);
        // the palette and the layer form edit the spec: out of the way while the selected run's network is shown
        for (javafx.scene.Node specOnly : new javafx.scene.Node[]{palette, form}) {
            specOnly.visibleProperty().bind(runNetwork.activeProperty().not());
            specOnly.managedProperty().bind(runNetwork.activeProperty().not());
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private HBox toolbar() {
        presets.setId("preset-choice");
        presets.getItems().setAll(Presets.names());
        presets.setPromptText("Start from a preset…");
        presets.setPrefWidth(190);
        presets.setVisibleRowCount(Presets.names().size());
        presets.setButtonCell(new ListCell<>() { // shows the prompt again once the stack is edited
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? presets.getPromptText() : item);
            }
        });
        presets.setCellFactory(l -> new PresetCell());
        presets.setTooltip(LayerPalette.tooltip("Built-in models; choosing one replaces the stack (undoable).\n"
                + Presets.names().stream().map(p -> p + ": " + Presets.description(p))
                .collect(java.util.stream.Collectors.joining("\n"))));
        showPreset(vm.matchingPresetProperty().get());
        vm.matchingPresetProperty().addListener((o, a, p) -> showPreset(p));
        presets.valueProperty().addListener((o, a, p) -> {
            if (!showingPreset && p != null) {
                vm.loadPreset(p);
            }
        });

        TextField name = new TextField(vm.nameProperty().get());
        name.setUserData(vm.nameProperty().get());
        name.setId("model-name");
        name.setPrefColumnCount(14);
        name.setTooltip(LayerPalette.tooltip("The model's name, saved with the spec and shown in runs. Enter to apply."));
        vm.nameProperty().addListener((o, a, n) -> {
            name.setUserData(n);
            if (!name.getText().equals(n)) {
                name.setText(n);
            }
        });
        name.setOnAction(e -> vm.rename(name.getText()));
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.rename(name.getText());
            }
        });

        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        undo.tooltipProperty().bind(vm.undoTextProperty().map(t -> LayerPalette.tooltip(t + "  (Ctrl+Z)")));
        Button redo = new Button("Redo");
        redo.setId("redo");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        redo.tooltipProperty().bind(vm.redoTextProperty().map(t -> LayerPalette.tooltip(t + "  (Ctrl+Y or Ctrl+Shift+Z)")));

        Button load = new Button("Load spec…");
        load.setId("load-spec");
        load.setTooltip(LayerPalette.tooltip("Reads a model spec (JSON, as Save writes it or `summary --json` prints). "
                + "A file that is not a valid spec is refused and the current model kept."));
        load.setOnAction(e -> chooseAndLoad());
        Button save = new Button("Save spec…");
        save.setId("save-spec");
        save.disableProperty().bind(vm.validProperty().not());
        save.setTooltip(LayerPalette.tooltip("Writes the model spec as JSON (only a valid stack: fix errors first)."));
        save.setOnAction(e -> chooseAndSave());

        Label message = new Label();
        message.setId("file-message");
        message.textProperty().bind(files.messageProperty());
        message.setWrapText(false);
        message.setMinWidth(0);
        files.failedProperty().addListener((o, a, failed) -> {
            message.getStyleClass().remove("error-text");
            if (failed) {
                message.getStyleClass().add("error-text");
            }
        });

        HBox bar = new HBox(8, new Label("Preset"), presets, new Label("Name"), name,
                new Separator(Orientation.VERTICAL), undo, redo, new Separator(Orientation.VERTICAL), load, save, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        HBox.setHgrow(message, Priority.ALWAYS);
        return bar;
    }

    private void showPreset(String preset) {
        showingPreset = true;
        try {
            presets.setValue(preset);
        } finally {
            showingPreset = false;
        }
    }

    private VBox stack(WorkbenchContext context) {
        Label title = new Label("Layer stack");
        title.getStyleClass().add("section-title");
        Label input = new Label("Input: one 48×48 gray face (None, 48, 48, 1). Shapes and parameter counts come from "
                + "the engine's shape inference, re-run after every edit.");
        input.getStyleClass().add("hint");
        input.setWrapText(true);

        LayerStackTable table = new LayerStackTable(vm);
        TextArea summary = new TextArea();
        summary.setId("model-summary");
        summary.setEditable(false);
        summary.setStyle("-fx-font-family: 'monospace'; -fx-font-size: 0.92em;");
        summary.textProperty().bind(vm.summaryProperty());
        Tab selectedRun = new Tab("Selected run", new RunNetworkPane(context, runNetwork));
        selectedRun.setId("run-network-tab");
        selectedRun.setTooltip(LayerPalette.tooltip("The network of a run as it is (trained here, imported, or "
                + "fine-tuned), with the layers transfer learning froze marked."));
        runNetwork.activeProperty().bind(selectedRun.selectedProperty());
        Tab layers = new Tab("Layers", table);
        layers.setId("model-layers-tab");
        TabPane tabs = new TabPane(layers, new Tab("Keras summary", summary), selectedRun);
        tabs.setId("model-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Button up = new Button("Move up");
        up.setId("move-up");
        up.disableProperty().bind(vm.selectedIndexProperty().lessThanOrEqualTo(0));
        up.setOnAction(e -> vm.moveSelected(-1));
        up.setTooltip(LayerPalette.tooltip("Moves the selected layer one place towards the input (Alt+Up)."));
        Button down = new Button("Move down");
        down.setId("move-down");
        down.disableProperty().bind(vm.selectedIndexProperty().lessThan(0)
                .or(vm.selectedIndexProperty().greaterThanOrEqualTo(javafx.beans.binding.Bindings.size(vm.rows()).subtract(1))));
        down.setOnAction(e -> vm.moveSelected(+1));
        down.setTooltip(LayerPalette.tooltip("Moves the selected layer one place towards the output (Alt+Down)."));
        Button remove = new Button("Remove");
        remove.setId("remove-layer");
        remove.disableProperty().bind(vm.selectedIndexProperty().lessThan(0));
        remove.setOnAction(e -> vm.removeSelected());
        remove.setTooltip(LayerPalette.tooltip("Removes the selected layer (Delete). Undo brings it back."));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label total = new Label();
        total.setId("total-params");
        total.getStyleClass().add("section-title");
        total.textProperty().bind(vm.totalParamsProperty());
        total.setTooltip(LayerPalette.tooltip("Parameters are the numbers training learns (weights and biases). "
                + "Non-trainable ones are batch-norm's moving mean and variance, updated without gradients."));
        HBox buttons = new HBox(8, up, down, remove, spacer, total);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("model-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.validProperty().not());
        error.visibleProperty().bind(vm.validProperty().not());
        Label status = new Label();
        status.setId("model-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        vm.validProperty().addListener((o, a, ok) -> markStatus(status, ok));
        markStatus(status, vm.validProperty().get());

        for (javafx.scene.Node specOnly : new javafx.scene.Node[]{input, buttons, status}) {
            specOnly.visibleProperty().bind(selectedRun.selectedProperty().not());
            specOnly.managedProperty().bind(selectedRun.selectedProperty().not());
        }
        VBox box = new VBox(6, title, input, tabs, buttons, error, status);
        box.setPadding(new Insets(8));
        return box;
    }

    private static void markStatus(Label status, boolean valid) {
        status.getStyleClass().removeAll("hint", "error-text");
        status.getStyleClass().add(valid ? "hint" : "error-text");
    }

    /**
     * Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z undo and redo model edits anywhere on this screen, except in a text field
     * being typed in (its text differs from the model's value, kept as its user data): that one undoes its text.
     */
    private void shortcut(KeyEvent e) {
        if (!e.isShortcutDown() || getScene() == null) {
            return;
        }
        if (getScene().getFocusOwner() instanceof TextInputControl t && t.isEditable()
                && !Objects.equals(t.getText(), t.getUserData())) {
            return;
        }
        if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            vm.undo();
            e.consume();
        } else if (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown())) {
            vm.redo();
            e.consume();
        }
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Model spec (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return c;
    }

    private void chooseAndLoad() {
        File f = chooser("Load a model spec").showOpenDialog(window());
        if (f != null) {
            files.load(f.toPath());
        }
    }

    private void chooseAndSave() {
        FileChooser c = chooser("Save the model spec");
        c.setInitialFileName(vm.spec().name().replaceAll("[^A-Za-z0-9._-]+", "_") + ".json");
        File f = c.showSaveDialog(window());
        if (f != null) {
            files.save(f.toPath());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** The view model, for tests. */
    ModelEditorViewModel viewModel() {
        return vm;
    }

    /** The selected run's network, for tests. */
    RunNetworkViewModel runNetwork() {
        return runNetwork;
    }

    /** Save and load, for tests (the file choosers cannot be driven headless). */
    ModelFilesViewModel files() {
        return files;
    }
}
