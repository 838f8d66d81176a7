package org.emotionworkbench.ui.model;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.emotionworkbench.model.LayerSpec;
import org.emotionworkbench.model.ModelAnalysis;
import org.emotionworkbench.model.ModelDiagnosis;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.ModelSummary;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.ui.model.edit.AddLayerCommand;
import org.emotionworkbench.ui.model.edit.ChangeLayerCommand;
import org.emotionworkbench.ui.model.edit.CommandHistory;
import org.emotionworkbench.ui.model.edit.EditCommand;
import org.emotionworkbench.ui.model.edit.ModelDocument;
import org.emotionworkbench.ui.model.edit.MoveLayerCommand;
import org.emotionworkbench.ui.model.edit.RemoveLayerCommand;
import org.emotionworkbench.ui.model.edit.RenameModelCommand;
import org.emotionworkbench.ui.model.edit.ReplaceModelCommand;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Model screen's state, without controls: a {@link ModelDocument} edited only through undoable commands, the
 * engine's shape inference re-run after every edit (rows with shapes and parameters, the offending layer's error,
 * totals, the Keras summary), the selected layer and its settings. The spec is published to the shared
 * {@code model} property whenever it is valid; while it is not, the property keeps the last valid spec. A spec set
 * there by another screen is taken into the editor (undoably).
 */
public final class ModelEditorViewModel {
    private final ModelDocument document;
    private final CommandHistory history;
    private final ObjectProperty<ModelSpec> published;
    private boolean publishing;

    private final ObservableList<LayerRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<LayerRow> selectedRow = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LayerField> selectedFields = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    // one read-only view each, kept: a wrapper made per call would drop its listeners when collected
    private final ObservableList<LayerRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<LayerField> selectedFieldsView = FXCollections.unmodifiableObservableList(selectedFields);
    private final ObservableMap<String, String> fieldErrorsView = FXCollections.unmodifiableObservableMap(fieldErrors);
    private final ReadOnlyObjectWrapper<ModelDiagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper totalParams = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper matchingPreset = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();

    public ModelEditorViewModel(ObjectProperty<ModelSpec> published) {
        this(published, CommandHistory.DEFAULT_CAPACITY);
    }

    public ModelEditorViewModel(ObjectProperty<ModelSpec> published, int historyCapacity) {
        this.published = Objects.requireNonNull(published, "published");
        ModelSpec start = published.get() != null ? published.get() : Presets.get("tiny");
        this.document = new ModelDocument(start);
        this.history = new CommandHistory(historyCapacity);
        document.addListener(this::analyse);
        history.addListener(this::historyChanged);
        published.addListener((o, old, spec) -> {
            if (!publishing && spec != null && !spec.equals(document.spec())) {
                run(new ReplaceModelCommand(document, spec, "take the model \"" + spec.name() + "\" set elsewhere"));
            }
        });
        analyse();
        historyChanged();
        select(rows.isEmpty() ? -1 : 0);
    }

    // ---- edits (each one a command on the history) ----

    /** Adds a new layer of this kind after the selected one (before the Output layer when that is selected or none is). */
    public void addLayer(LayerKind kind) {
        int size = document.size();
        int sel = selectedIndex.get();
        int at = sel < 0 ? size : sel + 1;
        if (at == size && size > 0 && document.layer(size - 1) instanceof Output && kind != LayerKind.OUTPUT) {
            at = size - 1;
        }
        run(new AddLayerCommand(document, at, kind.create()));
    }

    public void removeSelected() {
        int sel = selectedIndex.get();
        if (sel >= 0 && sel < document.size()) {
            run(new RemoveLayerCommand(document, sel));
        }
    }

    /** Moves the selected layer up (delta −1) or down (+1); does nothing at either end. */
    public void moveSelected(int delta) {
        move(selectedIndex.get(), selectedIndex.get() + delta);
    }

    /** Moves a layer to another position (drag and drop); out-of-range or no-op moves do nothing. */
    public void move(int from, int to) {
        int n = document.size();
        if (from >= 0 && from < n && to >= 0 && to < n && from != to) {
            run(new MoveLayerCommand(document, from, to));
        }
    }

    /**
     * Changes one setting of the selected layer. Returns the message for the field when the value is invalid;
     * then nothing changes. An unchanged value makes no command.
     */
    public Optional<String> applySetting(String key, String text) {
        int sel = selectedIndex.get();
        if (sel < 0 || sel >= document.size()) {
            return Optional.of("select a layer first");
        }
        LayerSpec before = document.layer(sel);
        LayerSpec after;
        try {
            after = LayerSettings.apply(before, key, text);
        } catch (IllegalArgumentException e) {
            String message = LayerRow.sentence(e.getMessage());
            fieldErrors.put(key, message);
            return Optional.of(message);
        }
        fieldErrors.remove(key);
        if (!after.equals(before)) {
            run(new ChangeLayerCommand(document, sel, after, key + " = " + (text == null ? "" : text.strip())));
        }
        return Optional.empty();
    }

    public void rename(String newName) {
        String target = newName == null || newName.isBlank() ? "model" : newName.strip();
        if (!target.equals(document.name())) {
            run(new RenameModelCommand(document, target));
        } else {
            name.set(document.name());
        }
    }

    public void loadPreset(String preset) {
        if (preset == null) {
            return;
        }
        ModelSpec spec = Presets.get(preset);
        if (!spec.equals(document.spec())) {
            run(new ReplaceModelCommand(document, spec, "load the preset " + preset));
        }
    }

    /** Replaces the whole model (a file read, say); undoable. */
    public void load(ModelSpec spec, String description) {
        if (!spec.equals(document.spec())) {
            run(new ReplaceModelCommand(document, spec, description));
        }
    }

    public void undo() {
        history.undo().ifPresent(c -> reselect(c.selectionAfterUndo()));
    }

    public void redo() {
        history.redo().ifPresent(c -> reselect(c.selectionAfterExecute()));
    }

    private void run(EditCommand command) {
        history.execute(command);
        reselect(command.selectionAfterExecute());
    }

    private void reselect(int index) {
        select(index == EditCommand.KEEP_SELECTION ? selectedIndex.get() : index);
        refreshSelection();
    }

    // ---- selection ----

    public void select(int index) {
        int clamped = rows.isEmpty() ? -1 : Math.max(-1, Math.min(index, rows.size() - 1));
        if (clamped != selectedIndex.get()) {
            selectedIndex.set(clamped);
            fieldErrors.clear();
            refreshSelection();
        }
    }

    private void refreshSelection() {
        int sel = selectedIndex.get();
        LayerRow row = sel >= 0 && sel < rows.size() ? rows.get(sel) : null;
        selectedRow.set(row);
        List<LayerField> fields = row == null ? List.of() : LayerSettings.fields(row.spec());
        if (!fields.equals(selectedFields)) {
            selectedFields.setAll(fields);
        }
    }

    // ---- analysis and publishing ----

    private void analyse() {
        ModelSpec spec = document.spec();
        ModelDiagnosis d = ModelDiagnosis.of(spec);
        rows.setAll(LayerRow.of(d));
        name.set(spec.name());
        valid.set(d.valid());
        diagnosis.set(d);
        fieldErrors.clear();
        if (d.valid()) {
            ModelAnalysis a = d.orThrow();
            totalParams.set(totalsText(a));
            summary.set(ModelSummary.render(a));
            error.set("");
            if (!spec.equals(published.get())) {
                publishing = true;
                try {
                    published.set(spec);
                } finally {
                    publishing = false;
                }
            }
            status.set("Training uses this model (\"" + spec.name() + "\", " + spec.layers().size() + " layers).");
        } else {
            String message = LayerRow.sentence(d.error().getMessage());
            totalParams.set("Total params: " + LayerRow.UNKNOWN + " (fix the error first)");
            summary.set("No summary while the stack is invalid:\n" + message);
            error.set(message);
            status.set(lastValidText());
        }
        matchingPreset.set(Presets.names().stream()
                .filter(p -> Presets.get(p).equals(spec)).findFirst().orElse(null));
        if (selectedIndex.get() >= rows.size()) {
            selectedIndex.set(rows.size() - 1);
        }
        refreshSelection();
    }

    /** "Total params: 1,029,223 (trainable 1,027,559, non-trainable 1,664)", the engine's figures. */
    public static String totalsText(ModelAnalysis a) {
        return "Total params: " + LayerRow.grouped(a.totalParams()) + " (trainable " + LayerRow.grouped(a.trainableParams())
                + ", non-trainable " + LayerRow.grouped(a.nonTrainableParams()) + ")";
    }

    private String lastValidText() {
        ModelSpec last = published.get();
        if (last == null) {
            return "Not used for training until the error is fixed.";
        }
        String params;
        try {
            params = ", " + LayerRow.grouped(last.analyse().totalParams()) + " params";
        } catch (RuntimeException e) {
            params = "";
        }
        return "Not used for training until the error is fixed: Training keeps the last valid model (\""
                + last.name() + "\", " + last.layers().size() + " layers" + params + ").";
    }

    private void historyChanged() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> "Undo: " + d).orElse("Nothing to undo"));
        redoText.set(history.redoDescription().map(d -> "Redo: " + d).orElse("Nothing to redo"));
    }

    // ---- read-only state for the view ----

    /** The document as it is now (valid or not). */
    public ModelSpec spec() {
        return document.spec();
    }

    public CommandHistory history() {
        return history;
    }

    public ObservableList<LayerRow> rows() {
        return rowsView;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LayerRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** The selected layer's settings (empty for Flatten and Output, or with nothing selected). */
    public ObservableList<LayerField> selectedFields() {
        return selectedFieldsView;
    }

    /** Messages of the rejected values, by field key; cleared when the selection changes. */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrorsView;
    }

    public ReadOnlyObjectProperty<ModelDiagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalParamsProperty() {
        return totalParams.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The offending layer's message ("" when valid). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether Training uses this stack, or which last valid model it keeps. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The preset the stack equals, or null once edited. */
    public ReadOnlyStringProperty matchingPresetProperty() {
        return matchingPreset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
