package org.emotionworkbench.ui.compare;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs table: one row per evaluation, sortable by every column; the rows chosen for comparison are the
 * table's selection (click, Ctrl/Shift-click), and the tick box in the first column adds or removes one row.
 */
final class RunsTableView extends TableView<RunRow> {
    private final CompareViewModel vm;
    private boolean applying;

    RunsTableView(CompareViewModel vm) {
        this.vm = vm;
        setId("runs-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        SortedList<RunRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label("No runs yet: train one on the Training screen, or add a folder of runs or a study."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<RunRow, RunRow> pick = new TableColumn<>("✓");
        pick.setId("runs-col-compare");
        pick.setSortable(false);
        pick.setPrefWidth(34);
        pick.setMaxWidth(40);
        pick.setMinWidth(30);
        pick.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        pick.setCellFactory(c -> new PickCell());
        getColumns().add(pick);
        for (RunColumn rc : RunColumn.values()) {
            getColumns().add(column(rc));
        }
        setRowFactory(t -> new TableRow<>() {
            private final RunActionsMenu menu = new RunActionsMenu(vm.runActions(), this::getItem);

            @Override
            protected void updateItem(RunRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("run-not-evaluated");
                setTooltip(null);
                setContextMenu(empty || row == null ? null : menu);
                if (!empty && row != null) {
                    if (!row.comparable()) {
                        getStyleClass().add("run-not-evaluated");
                    }
                    String notes = row.headline().label().notes();
                    String tip = row.name() + "\n" + row.key() + "\nfrom " + row.originLabel()
                            + (row.headline().problem() == null ? "" : "\n" + row.headline().problem())
                            + (notes.isBlank() ? "" : "\n\nNotes: " + notes)
                            + "\n\nRight-click to rename, add notes or remove.";
                    setTooltip(new Tooltip(tip));
                }
            }
        });

        getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRow>) c -> {
            if (!applying) {
                vm.select(new ArrayList<>(getSelectionModel().getSelectedItems()));
            }
        });
        vm.selected().addListener((ListChangeListener<RunRow>) c -> applySelection(vm.selected()));
    }

    private TableColumn<RunRow, RunRow> column(RunColumn rc) {
        TableColumn<RunRow, RunRow> col = new TableColumn<>();
        Label header = new Label(rc.header());
        header.setTooltip(new Tooltip(rc.tooltip()));
        col.setGraphic(header);
        col.setId("runs-col-" + rc.name().toLowerCase().replace('_', '-'));
        col.setUserData(rc);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setComparator(rc.comparator());
        col.setCellFactory(c -> new TableCell<>() {
            {
                if (rc == RunColumn.NAME) {
                    setTextOverrun(OverrunStyle.CENTER_ELLIPSIS); // a cut label keeps its seed in view
                }
            }

            @Override
            protected void updateItem(RunRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : rc.text(row));
            }
        });
        switch (rc) {
            case NAME -> col.setPrefWidth(260);
            case TRAIN_DATA, EVAL_DATA -> col.setPrefWidth(150);
            case DATE -> col.setPrefWidth(130);
            case MACRO_PRECISION -> col.setPrefWidth(115);
            case SEED, EPOCHS, MODEL -> col.setPrefWidth(70);
            default -> col.setPrefWidth(85);
        }
        return col;
    }

    /** Puts the view model's choice into the table (after a rescan, say) without echoing it back. */
    private void applySelection(List<RunRow> chosen) {
        if (new ArrayList<>(getSelectionModel().getSelectedItems()).equals(chosen)) {
            return;
        }
        applying = true;
        try {
            getSelectionModel().clearSelection();
            for (RunRow r : chosen) {
                int i = getItems().indexOf(r);
                if (i >= 0) {
                    getSelectionModel().select(i);
                }
            }
        } finally {
            applying = false;
        }
    }

    /** A tick box showing whether the row is chosen; clicking it adds or removes that row only. */
    private final class PickCell extends TableCell<RunRow, RunRow> {
        private final CheckBox box = new CheckBox();

        PickCell() {
            box.setMouseTransparent(true);
            box.setFocusTraversable(false);
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (getIndex() < 0 || getIndex() >= getTableView().getItems().size()) {
                    return;
                }
                e.consume();
                var sm = getTableView().getSelectionModel();
                if (sm.isSelected(getIndex())) {
                    sm.clearSelection(getIndex());
                } else {
                    sm.select(getIndex());
                }
            });
            tableRowProperty().addListener((o, a, row) -> {
                box.selectedProperty().unbind();
                if (row != null) {
                    box.selectedProperty().bind(row.selectedProperty());
                }
            });
        }

        @Override
        protected void updateItem(RunRow row, boolean empty) {
            super.updateItem(row, empty);
            setGraphic(empty || row == null ? null : box);
        }
    }
}
