package org.emotionworkbench.ui.model;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.emotionworkbench.model.Presets;

/**
 * A preset in the chooser's list: its name, and underneath what it is (Presets.description). The cell's text is the
 * name (as in a plain cell); it is drawn by the graphic.
 */
final class PresetCell extends ListCell<String> {
    private final Label name = new Label();
    private final Label description = new Label();
    private final VBox box = new VBox(0, name, description);

    PresetCell() {
        name.setStyle("-fx-font-weight: bold;");
        description.getStyleClass().addAll("hint", "preset-description");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String preset, boolean empty) {
        super.updateItem(preset, empty);
        if (empty || preset == null) {
            setText(null);
            setGraphic(null);
        } else {
            setText(preset);
            name.setText(preset);
            description.setText(Presets.description(preset));
            setGraphic(box);
        }
    }
}
