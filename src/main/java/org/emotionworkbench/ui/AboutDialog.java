package org.emotionworkbench.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.emotionworkbench.ui.common.UiScale;

import java.util.Objects;

/** Help → About: the icon and the facts of {@link AboutViewModel}, in a text area that can be selected and copied. */
final class AboutDialog {
    private AboutDialog() {
    }

    static Dialog<ButtonType> show(Window owner, AboutViewModel model, UiScale scale) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About " + WorkbenchApp.TITLE);
        dialog.setHeaderText(WorkbenchApp.TITLE + "\nFacial-emotion recognition: synthetic vs real faces");
        dialog.setGraphic(new ImageView(new Image(Objects.requireNonNull(
                WorkbenchApp.class.getResourceAsStream(WorkbenchApp.iconResource(64)), "icon 64"))));
        TextArea facts = new TextArea();
        facts.setId("about-facts");
        facts.setEditable(false);
        facts.setWrapText(true);
        facts.setPrefRowCount(27);
        facts.textProperty().bind(model.textProperty());
        dialog.getDialogPane().setContent(facts);
        dialog.getDialogPane().setPrefWidth(780);
        dialog.getDialogPane().styleProperty().bind(scale.rootStyleBinding()); // presentation mode scales it too
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
        dialog.show();
        return dialog;
    }
}
