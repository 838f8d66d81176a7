package org.emotionworkbench.ui.datasets;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Locale;

/**
 * The label-map editor, shown in place of the Datasets tabs while it is open: one row per class folder with a choice of
 * class or skip and where the first choice came from; load or save the map as a file; Save and open remembers it for
 * the folder and opens the dataset. Thin: everything is in {@link LabelMapEditorModel} and {@link OpenDatasetViewModel}.
 */
final class LabelMapEditorPane extends VBox {
    LabelMapEditorPane(LabelMapEditorModel editor, OpenDatasetViewModel open) {
        setId("label-map-editor");
        setSpacing(8);
        setPadding(new Insets(12));

        Label title = Controls.title("Label map for " + OpenDatasetViewModel.displayName(editor.folder()));
        Label hint = Controls.hint("The class folders of " + editor.folder() + " are not all named after the seven "
                + "emotions. Say what each folder holds, or skip it. The first choices come from the folder names "
                + "(a built-in dictionary of common names and translations): check them. The map is remembered for "
                + "this folder only and used wherever this folder is given (comparison, matching, test sets).");

        GridPane grid = new GridPane();
        grid.setId("label-map-rows");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, header("Folder"), header("Images"), header("Holds"), header("First choice from"));
        Label summary = new Label(editor.summary());
        summary.setId("label-map-summary");
        int r = 1;
        for (LabelMapRow row : editor.rows()) {
            ChoiceBox<String> choice = new ChoiceBox<>();
            choice.setId("label-map-choice-" + DatasetOpener.fileName(row.folder()));
            choice.getItems().setAll(LabelMapEditorModel.CHOICES);
            choice.valueProperty().bindBidirectional(row.choiceProperty());
            choice.valueProperty().addListener((o, a, b) -> summary.setText(editor.summary()));
            Label images = new Label(String.format(Locale.ROOT, "%,d", row.images()));
            Label from = Controls.hint(row.suggestion());
            from.setWrapText(false);
            grid.addRow(r++, new Label(row.folder()), images, choice, from);
        }
        ScrollPane rows = new ScrollPane(grid);
        rows.setFitToWidth(true);
        rows.setPrefViewportHeight(Math.min(420, 40 + 34 * editor.rows().size()));

        Label message = Controls.error("label-map-message");
        message.textProperty().bind(editor.messageProperty());

        Button load = new Button("Load map…");
        load.setId("label-map-load");
        load.setOnAction(e -> {
            File f = chooser("Load a label map").showOpenDialog(getScene().getWindow());
            if (f != null) {
                editor.load(f.toPath());
            }
        });
        Button saveAs = new Button("Save map as…");
        saveAs.setId("label-map-save-as");
        saveAs.setOnAction(e -> {
            File f = chooser("Save the label map").showSaveDialog(getScene().getWindow());
            if (f != null) {
                editor.saveAs(f.toPath());
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("label-map-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> open.cancelLabelMap());
        Button apply = new Button("Save and open");
        apply.setId("label-map-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> open.applyLabelMap());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, load, saveAs, gap, cancel, apply);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, hint, rows, summary, message, buttons);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Label map", "*.json", "*.csv"));
        c.setInitialFileName("label-map.json");
        return c;
    }
}
