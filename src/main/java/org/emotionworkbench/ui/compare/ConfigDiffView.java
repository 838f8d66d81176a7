package org.emotionworkbench.ui.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emotionworkbench.run.ConfigDiff;

/**
 * The compared runs' configurations side by side: a row per setting (flattened config.json key), a column per
 * run; settings whose values differ are highlighted (style class {@value #DIFFERS}). Shows only those unless
 * "Show all settings" is ticked.
 */
final class ConfigDiffView extends VBox {
    static final String DIFFERS = "config-differs";
    private final TableView<ConfigDiff.Row> table = new TableView<>();
    private final ConfigDiffModel model;

    ConfigDiffView(ConfigDiffModel model) {
        this.model = model;
        setSpacing(4);
        setPadding(new Insets(4));
        Label title = new Label("Configuration differences");
        title.getStyleClass().add("section-title");
        title.setTooltip(new Tooltip("Each run's config.json (its provenance: model, training settings, data and "
                + "software) flattened to one setting a row."));
        CheckBox all = new CheckBox("Show all settings");
        all.setId("config-show-all");
        all.selectedProperty().bindBidirectional(model.showAllProperty());
        Label summary = new Label();
        summary.setId("config-diff-summary");
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        HBox head = new HBox(12, title, all);

        table.setId("config-diff");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("Nothing to show."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        model.runs().addListener((ListChangeListener<String>) c -> rebuildColumns());
        rebuildColumns();
        getChildren().addAll(head, summary, table);
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        TableColumn<ConfigDiff.Row, String> key = new TableColumn<>("Setting");
        key.setId("config-col-key");
        key.setPrefWidth(270);
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key()));
        key.setCellFactory(c -> new DiffCell());
        table.getColumns().add(key);
        for (int i = 0; i < model.runs().size(); i++) {
            int col = i;
            TableColumn<ConfigDiff.Row, String> run = new TableColumn<>(model.runs().get(i));
            run.setPrefWidth(150);
            run.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().get(col)));
            run.setCellFactory(c -> new DiffCell());
            table.getColumns().add(run);
        }
    }

    /** Shows the text; marks the cell when its row's values differ; the full value as tooltip. */
    private static final class DiffCell extends TableCell<ConfigDiff.Row, String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove(DIFFERS);
            setTooltip(null);
            if (empty || value == null) {
                setText(null);
                return;
            }
            setText(value);
            if (value.length() > 20 || getTableColumn() != null && "config-col-key".equals(getTableColumn().getId())) {
                setTooltip(new Tooltip(value));
            }
            int i = getIndex();
            ConfigDiff.Row row = i >= 0 && i < getTableView().getItems().size() ? getTableView().getItems().get(i) : null;
            if (row != null && row.differs()) {
                getStyleClass().add(DIFFERS);
            }
        }
    }
}
