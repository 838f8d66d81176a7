package org.emotionworkbench.ui.datasets;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Duration;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small builders the Datasets screen's parts share: hints, section titles, path fields with Browse buttons. */
final class Controls {
    private Controls() {
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("error-text");
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    static <T extends javafx.scene.control.Control> T tip(T control, String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setWrapText(true);
        t.setMaxWidth(420);
        control.setTooltip(t);
        return control;
    }

    static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    /** A folder chooser button that writes the chosen folder into {@code target}. */
    static Button browseFolder(TextField target, String title) {
        return browseFolder(target, title, () -> {
        });
    }

    /** A folder chooser button that writes the chosen folder into {@code target}, then runs {@code chosen}. */
    static Button browseFolder(TextField target, String title, Runnable chosen) {
        Button b = new Button("Folder…");
        b.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle(title);
            startIn(target.getText()).ifPresent(c::setInitialDirectory);
            File f = c.showDialog(b.getScene().getWindow());
            if (f != null) {
                target.setText(f.getAbsolutePath());
                chosen.run();
            }
        });
        return b;
    }

    /** A file chooser button that writes the chosen file into {@code target}. */
    static Button browseFile(TextField target, String title, FileChooser.ExtensionFilter... filters) {
        return browseFile(target, title, () -> {
        }, filters);
    }

    /** A file chooser button that writes the chosen file into {@code target}, then runs {@code chosen}. */
    static Button browseFile(TextField target, String title, Runnable chosen, FileChooser.ExtensionFilter... filters) {
        Button b = new Button("File…");
        b.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle(title);
            c.getExtensionFilters().addAll(filters);
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
            startIn(target.getText()).ifPresent(c::setInitialDirectory);
            File f = c.showOpenDialog(b.getScene().getWindow());
            if (f != null) {
                target.setText(f.getAbsolutePath());
                chosen.run();
            }
        });
        return b;
    }

    private static java.util.Optional<File> startIn(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        Path p = Path.of(text.strip()).toAbsolutePath();
        Path dir = Files.isDirectory(p) ? p : p.getParent();
        return dir != null && Files.isDirectory(dir) ? java.util.Optional.of(dir.toFile()) : java.util.Optional.empty();
    }

    /** A row: the field grows, the buttons keep their size. */
    static HBox row(Node grow, Node... rest) {
        HBox h = new HBox(4);
        h.getChildren().add(grow);
        h.getChildren().addAll(rest);
        HBox.setHgrow(grow, Priority.ALWAYS);
        return h;
    }
}
