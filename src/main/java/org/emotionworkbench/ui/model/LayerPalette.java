package org.emotionworkbench.ui.model;

import org.emotionworkbench.ui.common.ScaledWidths;
import org.emotionworkbench.ui.common.RowHeights;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The layer types to add: a list (double-click adds), an Add button, and what each type does on hover. */
final class LayerPalette extends VBox {
    private final ListView<LayerKind> list = new ListView<>();

    LayerPalette(ModelEditorViewModel vm) {
        setSpacing(6);
        setPadding(new Insets(8));
        ScaledWidths.prefWidth(this, 190);
        setMinWidth(160);
        Label title = new Label("Layer types");
        title.getStyleClass().add("section-title");

        list.setId("layer-palette");
        list.getItems().setAll(LayerKind.values());
        list.getSelectionModel().selectFirst();
        RowHeights.fit(list, list.fixedCellSizeProperty(), 1.85, LayerKind.values().length, 0.2); // 24 px rows at 100 %
        list.setMinHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LayerKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null : kind.title());
                setTooltip(empty || kind == null ? null : tooltip(kind.explanation()));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                vm.addLayer(selected());
            }
        });

        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                vm.addLayer(selected());
                e.consume();
            }
        });

        Button add = new Button("Add layer");
        add.setId("add-layer");
        add.setMaxWidth(Double.MAX_VALUE);
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> vm.addLayer(selected()));
        add.setTooltip(tooltip("Inserts the chosen type after the layer selected in the stack "
                + "(before Output when Output or nothing is selected). Double-clicking a type, or Enter, does the same."));

        Label explanation = new Label();
        explanation.setId("palette-explanation");
        explanation.getStyleClass().add("hint");
        explanation.setWrapText(true);
        explanation.textProperty().bind(list.getSelectionModel().selectedItemProperty().map(LayerKind::explanation));
        VBox.setVgrow(explanation, Priority.NEVER);

        Label how = new Label("Drag layers in the stack to reorder them, or use Move up / Move down. "
                + "Ctrl+Z undoes, Ctrl+Y redoes.");
        how.getStyleClass().add("hint");
        how.setWrapText(true);
        getChildren().addAll(title, list, add, explanation, how);
    }

    private LayerKind selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
