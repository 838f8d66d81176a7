package org.emotionworkbench.ui.evaluation;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** sklearn's classification report as a table ({@code #report-table}): one row a class, then the summary rows. */
final class ReportTable {
    private ReportTable() {
    }

    static TableView<ReportRow> create(ObservableList<ReportRow> rows) {
        TableView<ReportRow> table = new TableView<>(rows);
        table.setId("report-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No classification report for this run."));
        TableColumn<ReportRow, String> name = new TableColumn<>("class");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        table.getColumns().add(name);
        table.getColumns().add(number("precision", r -> ReportRow.format(r.precision()),
                "Of the faces predicted as this class, the share that truly are."));
        table.getColumns().add(number("recall", r -> ReportRow.format(r.recall()),
                "Of the faces truly of this class, the share the model found."));
        table.getColumns().add(number("f1-score", r -> ReportRow.format(r.f1()),
                "Harmonic mean of precision and recall (for 'accuracy': the share of all faces predicted right)."));
        table.getColumns().add(number("support", r -> Integer.toString(r.support()),
                "Number of faces of this class in the evaluation set."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReportRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(item != null && item.summary() ? "-fx-font-weight: bold;" : "");
            }
        });
        table.setStyle("-fx-fixed-cell-size: 1.85em;"); // 24 px at 100 %, growing with presentation mode
        var height = javafx.beans.binding.Bindings.max(3, javafx.beans.binding.Bindings.size(rows))
                .multiply(table.fixedCellSizeProperty()).add(table.fixedCellSizeProperty().multiply(1.4));
        table.prefHeightProperty().bind(height);
        table.minHeightProperty().bind(height);
        return table;
    }

    private static TableColumn<ReportRow, String> number(String title, Function<ReportRow, String> value, String tip) {
        TableColumn<ReportRow, String> col = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        col.setGraphic(header);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        col.setSortable(false);
        return col;
    }
}
