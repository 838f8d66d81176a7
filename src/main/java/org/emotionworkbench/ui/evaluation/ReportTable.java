package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.ui.common.RowHeights;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.emotionworkbench.ui.common.Glossary;

import java.util.function.Function;

/** sklearn's classification report as a table ({@code #report-table}): one row a class, then the summary rows. */
final class ReportTable {
    /** The summary rows sklearn prints, and the glossary terms that explain them. */
    private static final java.util.Map<String, String> SUMMARY_TERMS = java.util.Map.of(
            "accuracy", "accuracy", "macro avg", "macro average", "weighted avg", "weighted average");
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
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                String term = empty || item == null ? null : SUMMARY_TERMS.get(item);
                setTooltip(term == null ? null : Glossary.tooltip(term));
            }
        });
        table.getColumns().add(number("precision", r -> ReportRow.format(r.precision()), "precision"));
        table.getColumns().add(number("recall", r -> ReportRow.format(r.recall()), "recall"));
        table.getColumns().add(number("f1-score", r -> ReportRow.format(r.f1()), "F1"));
        table.getColumns().add(number("support", r -> Integer.toString(r.support()), "support"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReportRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(item != null && item.summary() ? "-fx-font-weight: bold;" : "");
            }
        });
        table.minHeightProperty().bind(RowHeights.fit(table, table.fixedCellSizeProperty(), 1.85, // 24 px rows at 100 %
                javafx.beans.binding.Bindings.max(3, javafx.beans.binding.Bindings.size(rows)), 1.4));
        return table;
    }

    private static TableColumn<ReportRow, String> number(String title, Function<ReportRow, String> value,
                                                         String glossaryTerm) {
        TableColumn<ReportRow, String> col = new TableColumn<>();
        Label header = Glossary.label(title, glossaryTerm);
        header.setId("report-header-" + title);
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
