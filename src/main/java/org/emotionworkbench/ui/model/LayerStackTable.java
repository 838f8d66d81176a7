package org.emotionworkbench.ui.model;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;

import java.util.function.Function;

/**
 * The layer stack: one row a layer (position, type and engine name, settings, output shape, parameters); the
 * offending layer's row gets the style class {@code layer-error}, its message in the row and its tooltip. Rows
 * are dragged to reorder; Delete removes, Alt+Up / Alt+Down move the selected layer.
 */
final class LayerStackTable extends TableView<LayerRow> {
    static final String ERROR_CLASS = "layer-error";
    private static final DataFormat LAYER_INDEX = dataFormat("application/x-emotionworkbench-layer-index");
    private boolean syncing;

    LayerStackTable(ModelEditorViewModel vm) {
        setId("layer-list");
        setItems(vm.rows());
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No layers: add some from the palette (a model ends in Output)."));
        getColumns().add(column("#", 36, r -> Integer.toString(r.number()), "layer-number"));
        getColumns().add(column("Layer", 240, r -> r.kind().title() + (r.name().isEmpty() ? "" : "  ·  " + r.name()), null));
        getColumns().add(column("Settings", 240, LayerRow::settings, null));
        getColumns().add(column("Output shape", 150, r -> r.hasError() ? "ERROR: " + r.rowError() : r.outputShape(), null));
        getColumns().add(column("Params", 80, LayerRow::paramsText, "params"));
        setRowFactory(t -> new Row(vm));

        getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!syncing && i.intValue() >= 0) {
                vm.select(i.intValue());
            }
        });
        vm.selectedIndexProperty().addListener((o, a, i) -> showSelection(i.intValue()));
        vm.rows().addListener((ListChangeListener<LayerRow>) c -> showSelection(vm.selectedIndexProperty().get()));
        showSelection(vm.selectedIndexProperty().get());

        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.removeSelected();
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.moveSelected(e.getCode() == KeyCode.UP ? -1 : +1);
                e.consume();
            }
        });
    }

    private void showSelection(int index) {
        syncing = true;
        try {
            if (index < 0) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedIndex() != index) {
                getSelectionModel().clearAndSelect(index);
                scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<LayerRow, String> column(String title, double width, Function<LayerRow, String> text,
                                                        String styleClass) {
        TableColumn<LayerRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        if (styleClass != null) {
            c.getStyleClass().add(styleClass);
        }
        return c;
    }

    /** A stack row: error styling and tooltip, and drag-and-drop to reorder. */
    private final class Row extends TableRow<LayerRow> {
        Row(ModelEditorViewModel vm) {
            setOnDragDetected(e -> {
                if (isEmpty() || getItem() == null) {
                    return;
                }
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                db.setDragView(snapshot(null, null));
                ClipboardContent content = new ClipboardContent();
                content.put(LAYER_INDEX, getIndex());
                db.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof Row && e.getDragboard().hasContent(LAYER_INDEX)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    if (!getStyleClass().contains("drop-target")) {
                        getStyleClass().add("drop-target");
                    }
                }
                e.consume();
            });
            setOnDragExited(e -> getStyleClass().remove("drop-target"));
            setOnDragDropped(e -> {
                Object from = e.getDragboard().getContent(LAYER_INDEX);
                boolean done = false;
                if (from instanceof Integer f) {
                    int to = isEmpty() ? vm.rows().size() - 1 : getIndex();
                    vm.move(f, to);
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(LayerRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(ERROR_CLASS);
            if (empty || row == null) {
                setTooltip(null);
                return;
            }
            if (row.hasError()) {
                getStyleClass().add(ERROR_CLASS);
            }
            setTooltip(LayerPalette.tooltip(row.tooltip()));
        }
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
