package org.emotionworkbench.ui.compare;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.Locale;

/**
 * The train-set × test-set grid: a row per training source, a column per evaluation set; each cell mean ± sd over
 * seeds, coloured from white (0) to dark blue (1) so that the diagonal of "trained and tested alike" stands out.
 */
final class StudyGridView extends TableView<StudyGrid.Row> {

    StudyGridView() {
        setId("study-grid");
        setPlaceholder(new Label("Open or run a study to see its grid."));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    void show(StudyGrid grid) {
        getColumns().clear();
        if (grid == null) {
            getItems().clear();
            return;
        }
        TableColumn<StudyGrid.Row, String> source = new TableColumn<>();
        Label sourceHeader = new Label("trained on ↓\ntested on →");
        sourceHeader.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        source.setGraphic(sourceHeader);
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        source.setPrefWidth(180);
        source.setSortable(false);
        getColumns().add(source);
        for (int i = 0; i < grid.evaluations().size(); i++) {
            int col = i;
            String evaluation = grid.evaluations().get(i);
            TableColumn<StudyGrid.Row, StudyGrid.GridCell> c = new TableColumn<>();
            Label header = new Label(twoLines(evaluation)); // "synthetic-held-out" whole, in a narrow column
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            header.setTooltip(new Tooltip(StudyDescriptions.evaluation(evaluation)));
            c.setGraphic(header);
            c.setSortable(false);
            c.setPrefWidth(122); // "0.309 ± 0.028" and "synthetic-held-out" fit; four sets fit beside the McNemar table
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().cells().get(col)));
            c.setCellFactory(x -> new GridCellView());
            getColumns().add(c);
        }
        getItems().setAll(grid.rows());
    }

    /** Background colour for a value in [0, 1]: white to #1f4e8c. */
    static String colour(double v) {
        double t = Math.max(0, Math.min(1, v));
        int r = (int) Math.round(255 + t * (0x1f - 255));
        int g = (int) Math.round(255 + t * (0x4e - 255));
        int b = (int) Math.round(255 + t * (0x8c - 255));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static final class GridCellView extends TableCell<StudyGrid.Row, StudyGrid.GridCell> {
        @Override
        protected void updateItem(StudyGrid.GridCell cell, boolean empty) {
            super.updateItem(cell, empty);
            if (empty || cell == null) {
                setText(null);
                setStyle(null);
                setTooltip(null);
                return;
            }
            setText(cell.text());
            setTooltip(new Tooltip(cell.detail()));
            if (cell.empty()) {
                setStyle(null);
            } else {
                double v = cell.value().mean();
                setStyle("-fx-background-color: " + colour(v) + "; -fx-text-fill: " + (v > 0.55 ? "white" : "#222")
                        + "; -fx-alignment: center;");
            }
        }
    }

    /**
     * An evaluation set's name for a column header: as it is when short, else broken after the hyphen nearest its
     * middle ("synthetic-" / "held-out"), so a narrow column shows all of it.
     */
    static String twoLines(String name) {
        if (name.length() <= 13) {
            return name;
        }
        int best = -1;
        for (int i = name.indexOf('-'); i >= 0; i = name.indexOf('-', i + 1)) {
            if (best < 0 || Math.abs(i - name.length() / 2) < Math.abs(best - name.length() / 2)) {
                best = i;
            }
        }
        return best < 0 ? name : name.substring(0, best + 1) + "\n" + name.substring(best + 1);
    }
}
