package org.emotionworkbench.ui.compare;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;

import java.util.function.Supplier;

/**
 * The runs table's right-click menu: Rename…, Notes… and Move to trash… / Delete… for the row under the mouse,
 * each asking in a small dialog and then handing over to {@link RunActions}.
 */
final class RunActionsMenu extends ContextMenu {
    RunActionsMenu(RunActions actions, Supplier<RunRow> row) {
        MenuItem rename = new MenuItem("Rename…");
        rename.setId("run-rename");
        rename.setOnAction(e -> {
            RunRow r = row.get();
            if (r != null) {
                rename(actions, r);
            }
        });
        MenuItem notes = new MenuItem("Notes…");
        notes.setId("run-notes");
        notes.setOnAction(e -> {
            RunRow r = row.get();
            if (r != null) {
                editNotes(actions, r);
            }
        });
        MenuItem remove = new MenuItem("Remove run…");
        remove.setId("run-remove");
        remove.setOnAction(e -> {
            RunRow r = row.get();
            if (r != null) {
                remove(actions, r);
            }
        });
        getItems().addAll(rename, notes, remove);
    }

    private static void rename(RunActions actions, RunRow row) {
        TextInputDialog d = new TextInputDialog(actions.labelOf(row));
        d.setTitle("Rename run");
        d.setHeaderText("A short name for " + row.headline().runDir().getFileName()
                + "\nLeave it empty to show it by data, model and seed.");
        d.getEditor().setPromptText(row.headline().label().shown(row.config(), row.headline().runName()));
        d.getEditor().setPrefColumnCount(40);
        d.showAndWait().ifPresent(label -> actions.rename(row, label));
    }

    private static void editNotes(RunActions actions, RunRow row) {
        TextArea text = new TextArea(actions.notesOf(row));
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(50);
        Dialog<String> d = new Dialog<>();
        d.setTitle("Notes");
        d.setHeaderText("Notes on " + row.name() + " (kept in its run folder)");
        d.getDialogPane().setContent(new VBox(text));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        d.showAndWait().ifPresent(notes -> actions.saveNotes(row, notes));
    }

    private static void remove(RunActions actions, RunRow row) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, ButtonType.OK);
        confirm.setTitle("Remove run");
        confirm.setHeaderText("Remove " + row.headline().runDir().getFileName() + "?");
        Label question = new Label(actions.removalQuestion(row));
        question.setWrapText(true);
        question.setMaxWidth(480);
        confirm.getDialogPane().setContent(question);
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            actions.remove(row);
        }
    }
}
