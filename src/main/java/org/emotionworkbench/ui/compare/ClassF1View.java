package org.emotionworkbench.ui.compare;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Locale;
import java.util.function.Function;

/** Per-class F1 per source and the differences from the first source (green: better, red: worse). */
final class ClassF1View extends TableView<ClassF1Table.Row> {

    ClassF1View() {
        setId("class-f1-table");
        setPlaceholder(new Label("No study results."));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    void show(ClassF1Table table) {
        getColumns().clear();
        if (table == null) {
            getItems().clear();
            return;
        }
        TableColumn<ClassF1Table.Row, String> cls = new TableColumn<>("class");
        cls.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().className()));
        cls.setPrefWidth(90);
        getColumns().add(cls);
        for (int i = 0; i < table.sources().size(); i++) {
            int k = i;
            getColumns().add(number("F1 " + table.sources().get(i), r -> r.f1().get(k), false));
        }
        for (int i = 0; i < table.differenceHeaders().size(); i++) {
            int k = i;
            getColumns().add(number(table.differenceHeaders().get(i), r -> r.differences().get(k), true));
        }
        getItems().setAll(table.rows());
    }

    private static TableColumn<ClassF1Table.Row, Double> number(String header, Function<ClassF1Table.Row, Double> v,
                                                                boolean difference) {
        TableColumn<ClassF1Table.Row, Double> col = new TableColumn<>(header);
        col.setPrefWidth(difference ? 150 : 110);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(v.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("diff-positive", "diff-negative");
                if (empty) {
                    setText(null);
                    return;
                }
                setText(d == null ? "–" : String.format(Locale.ROOT, difference ? "%+.3f" : "%.3f", d));
                if (difference && d != null && d != 0) {
                    getStyleClass().add(d > 0 ? "diff-positive" : "diff-negative");
                }
            }
        });
        return col;
    }
}
