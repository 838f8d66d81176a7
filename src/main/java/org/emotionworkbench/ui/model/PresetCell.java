package org.emotionworkbench.ui.model;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.emotionworkbench.model.Presets;

/** A preset in the chooser's list: its name, and underneath what it is (Presets.description). */
final class PresetCell extends ListCell<String> {
    private final Label name = new Label();
    private final Label description = new Label();
    private final VBox box = new VBox(0, name, description);

    PresetCell() {
        name.setStyle("-fx-font-weight: bold;");
        description.getStyleClass().addAll("hint", "preset-description");
    }

    @Override
    protected void updateItem(String preset, boolean empty) {
        super.updateItem(preset, empty);
        setText(null);
        if (empty || preset == null) {
            setGraphic(null);
        } else {
            name.setText(preset);
            description.setText(Presets.description(preset));
            setGraphic(box);
        }
    }
}
