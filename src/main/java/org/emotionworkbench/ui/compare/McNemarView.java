package org.emotionworkbench.ui.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** A table of McNemar's tests (runs or study sources), shared by the runs and the study parts. */
final class McNemarView extends TableView<McNemarRow> {

    McNemarView(String id, ObservableList<McNemarRow> rows, boolean study) {
        setId(id);
        setItems(rows);
        setPlaceholder(new Label(study ? "No two sources were evaluated on the same images with the same seed."
                : "No pair to test."));
        // the study's nine columns keep their widths and scroll sideways in a narrow pane rather than cut figures
        setColumnResizePolicy(study ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(text(study ? "Source A" : "Run A", McNemarRow::a, null));
        getColumns().add(text(study ? "Source B" : "Run B", McNemarRow::b, null));
        getColumns().forEach(c -> c.setPrefWidth(study ? 90 : 140));
        if (study) {
            getColumns().add(text("Tested on", McNemarRow::evaluation, null));
            getColumns().add(text("Seed", r -> String.valueOf(r.seed()), null));
        }
        getColumns().add(text("b", r -> String.valueOf(r.onlyA()),
                "b: test images A classified correctly and B did not."));
        getColumns().add(text("c", r -> String.valueOf(r.onlyB()),
                "c: test images B classified correctly and A did not."));
        getColumns().add(text("Test", McNemarRow::testText,
                "Exact binomial test when fewer than 25 images are discordant (b + c), otherwise χ² with continuity "
                        + "correction, (|b − c| − 1)² / (b + c)."));
        getColumns().add(text("p", McNemarRow::pText,
                "Probability of a split of b and c at least this uneven if both models were equally good."));
        TableColumn<McNemarRow, String> verdict = text("Verdict", McNemarRow::verdict,
                "The model right more often where the two disagree, when p is below 0.05.");
        verdict.setPrefWidth(190);
        getColumns().add(verdict);
    }

    private static TableColumn<McNemarRow, String> text(String header, Function<McNemarRow, String> value, String tip) {
        TableColumn<McNemarRow, String> col = new TableColumn<>();
        Label h = new Label(header);
        if (tip != null) {
            h.setTooltip(new Tooltip(tip));
        }
        col.setGraphic(h);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.length() <= 12 ? null : new Tooltip(s));
                getStyleClass().remove("verdict-better");
                if (!empty && s != null && s.endsWith(" is better")) {
                    getStyleClass().add("verdict-better");
                }
            }
        });
        // wide enough for five-digit counts and evaluation names like "taiwanese-posed" at 100 %
        col.setPrefWidth(header.equals("p") ? 90 : header.length() <= 2 ? 64 : header.equals("Seed") ? 55
                : header.equals("Tested on") ? 130 : header.equals("Test") ? 120 : 100);
        return col;
    }
}
