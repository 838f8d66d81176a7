package org.emotionworkbench.ui.model;

import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selected layer's settings: what the layer type does, its input and output shapes, one field per setting
 * (committed on Enter or when the field loses focus) with a hint under it and, for a rejected value, the message
 * (id {@code field-<key>-error}). A rejected value stays in the field to be fixed; the spec is not touched.
 */
final class LayerForm extends VBox {
    private final ModelEditorViewModel vm;
    private final Label title = new Label();
    private final Label explanation = new Label();
    private final Label shapes = new Label();
    private final Label noSettings = new Label();
    private final GridPane grid = new GridPane();
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private boolean updating;

    LayerForm(ModelEditorViewModel vm) {
        this.vm = vm;
        setId("layer-form");
        setSpacing(8);
        setPadding(new Insets(8));
        title.setId("layer-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        explanation.setId("layer-explanation");
        explanation.getStyleClass().add("hint");
        explanation.setWrapText(true);
        shapes.setId("layer-shapes");
        shapes.setWrapText(true);
        noSettings.getStyleClass().add("hint");
        noSettings.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(2);
        getChildren().addAll(title, explanation, shapes, grid, noSettings);

        vm.selectedRowProperty().addListener((o, a, row) -> showRow(row));
        vm.selectedIndexProperty().addListener((o, a, i) -> showFields(vm.selectedFields())); // drops rejected text
        vm.selectedFields().addListener((ListChangeListener<LayerField>) c -> showFields(vm.selectedFields()));
        vm.fieldErrors().addListener((MapChangeListener<String, String>) c -> showErrors());
        showRow(vm.selectedRowProperty().get());
        showFields(vm.selectedFields());
    }

    private void showRow(LayerRow row) {
        if (row == null) {
            title.setText("No layer selected");
            explanation.setText("Select a layer in the stack to edit its settings.");
            shapes.setText("");
            noSettings.setText("");
            return;
        }
        title.setText("Layer " + row.number() + ": " + row.kind().title() + (row.name().isEmpty() ? "" : " (" + row.name() + ")"));
        explanation.setText(row.kind().explanation());
        shapes.setText(row.analysed()
                ? "Input:  " + row.inputShape() + "\nOutput: " + row.outputShape() + "\n" + paramsLine(row)
                : "Input:  " + row.inputShape() + (row.hasError() ? "\n" + row.error() : "\n(not analysed: fix the error above it first)"));
        shapes.getStyleClass().remove("error-text");
        if (row.hasError()) {
            shapes.getStyleClass().add("error-text");
        }
        noSettings.setText(switch (row.kind()) {
            case FLATTEN -> "Flatten has no settings.";
            case OUTPUT -> "Output is fixed: 7 units, one per emotion, with softmax.";
            default -> "";
        });
    }

    private static String paramsLine(LayerRow row) {
        if (row.params() == 0) {
            return "No parameters to learn.";
        }
        return LayerRow.grouped(row.params()) + " parameters"
                + (row.nonTrainableParams() > 0 ? " (" + LayerRow.grouped(row.trainableParams()) + " trainable, "
                + LayerRow.grouped(row.nonTrainableParams()) + " non-trainable)" : ", all trainable");
    }

    private void showFields(List<LayerField> fields) {
        updating = true;
        try {
            if (fields.stream().map(LayerField::key).toList().equals(List.copyOf(controls.keySet()))) {
                fields.forEach(this::setValue); // same layer type: keep the controls (and the focus)
            } else {
                rebuild(fields);
            }
            showErrors();
        } finally {
            updating = false;
        }
    }

    private void rebuild(List<LayerField> fields) {
        grid.getChildren().clear();
        controls.clear();
        errors.clear();
        int r = 0;
        for (LayerField f : fields) {
            Label label = new Label(f.label());
            label.setMinWidth(Control.USE_PREF_SIZE);
            Control control = control(f);
            control.setId("field-" + f.key());
            control.setTooltip(LayerPalette.tooltip(f.hint()));
            control.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(control, Priority.ALWAYS);
            label.setLabelFor(control);
            Label error = new Label();
            error.setId("field-" + f.key() + "-error");
            error.getStyleClass().add("error-text");
            error.setWrapText(true);
            error.setManaged(false);
            error.setVisible(false);
            Label hint = new Label(f.hint());
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            grid.add(label, 0, r);
            grid.add(control, 1, r++);
            grid.add(error, 1, r++);
            grid.add(hint, 1, r++);
            addGap(r++);
            controls.put(f.key(), control);
            errors.put(f.key(), error);
        }
    }

    private void addGap(int row) {
        Label gap = new Label();
        gap.setMinHeight(4);
        gap.setPrefHeight(4);
        grid.add(gap, 0, row);
    }

    private Control control(LayerField f) {
        if (f.kind() == LayerField.Kind.CHOICE) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(f.choices());
            box.setValue(f.value());
            box.valueProperty().addListener((o, a, v) -> {
                if (!updating && v != null) {
                    vm.applySetting(f.key(), v);
                }
            });
            return box;
        }
        TextField field = new TextField(f.value());
        field.setUserData(f.value()); // the model's value: differs from the text while the user types
        field.setPrefColumnCount(8);
        field.setOnAction(e -> commit(f.key(), field));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !updating) {
                commit(f.key(), field);
            }
        });
        return field;
    }

    private void commit(String key, TextField field) {
        if (controls.get(key) != field) {
            return; // a field of a layer no longer shown
        }
        LayerField current = vm.selectedFields().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
        if (current == null || (current.value().equals(field.getText().strip()) && !vm.fieldErrors().containsKey(key))) {
            return;
        }
        vm.applySetting(key, field.getText());
    }

    @SuppressWarnings("unchecked")
    private void setValue(LayerField f) {
        Control c = controls.get(f.key());
        if (c instanceof TextField t) {
            t.setUserData(f.value());
            if (!t.getText().equals(f.value())) {
                t.setText(f.value());
            }
        } else if (c instanceof ComboBox<?> box) {
            ((ComboBox<String>) box).setValue(f.value());
        }
    }

    private void showErrors() {
        errors.forEach((key, label) -> {
            String message = vm.fieldErrors().get(key);
            boolean show = message != null;
            label.setText(show ? message : "");
            label.setVisible(show);
            label.setManaged(show);
            Node control = controls.get(key);
            if (control != null) {
                control.getStyleClass().remove("field-error");
                if (show) {
                    control.getStyleClass().add("field-error");
                }
            }
        });
    }

    /** The control of a setting, for tests. */
    Control control(String key) {
        return controls.get(key);
    }
}
