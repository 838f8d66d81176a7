package org.emotionworkbench.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import org.emotionworkbench.run.Provenance;
import org.emotionworkbench.run.WorkbenchVersion;

import java.io.File;

/** File (workspace, refresh, quit), View (zoom), Go (one item a screen, Ctrl+1…6) and Help (glossary, about). */
final class WorkbenchMenu extends MenuBar {
    private GlossaryWindow glossaryWindow;

    WorkbenchMenu(WorkbenchContext context) {
        setId("menu-bar");
        MenuItem workspace = new MenuItem("Change workspace…");
        workspace.setId("menu-workspace");
        workspace.setOnAction(e -> chooseWorkspace(context));
        MenuItem refresh = new MenuItem("Refresh runs");
        refresh.setAccelerator(KeyCombination.keyCombination("F5"));
        refresh.setOnAction(e -> {
            try {
                context.runs().refresh();
            } catch (RuntimeException ex) {
                context.errors().report("Refreshing runs", ex);
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("File", null, workspace, refresh, quit);

        Menu go = new Menu("Go");
        for (Screen s : Screen.values()) {
            MenuItem item = new MenuItem(s.title());
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (s.ordinal() + 1)));
            item.setOnAction(e -> context.screenProperty().set(s));
            go.getItems().add(item);
        }

        MenuItem glossary = new MenuItem("Glossary");
        glossary.setId("menu-glossary");
        glossary.setAccelerator(KeyCombination.keyCombination("F1"));
        glossary.setOnAction(e -> showGlossary(context));
        MenuItem about = new MenuItem("About");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle("About " + WorkbenchApp.TITLE);
            a.setHeaderText(WorkbenchApp.TITLE);
            a.setContentText("Facial-emotion recognition: synthetic vs real faces.\n\n"
                    + "Workbench " + WorkbenchVersion.get() + ", Deeplearning4j " + Provenance.DL4J_VERSION
                    + ", JavaFX " + System.getProperty("javafx.runtime.version", "?")
                    + ", Java " + System.getProperty("java.version")
                    + "\n\nWorkspace: " + context.workspace().root());
            a.getDialogPane().setPrefWidth(640);
            a.show();
        });
        getMenus().addAll(file, new ZoomMenu(context.uiScale()), go, new Menu("Help", null, glossary, about));
    }

    /** One glossary window: opened on first use, brought to the front after that. */
    private void showGlossary(WorkbenchContext context) {
        if (glossaryWindow == null) {
            glossaryWindow = new GlossaryWindow(getScene().getWindow(), context.uiScale());
        }
        glossaryWindow.show();
        glossaryWindow.toFront();
    }

    private void chooseWorkspace(WorkbenchContext context) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Workspace folder (runs are kept in its runs/ folder)");
        File current = context.workspace().root().toFile();
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir == null) {
            return;
        }
        try {
            context.changeWorkspace(dir.toPath());
        } catch (Exception ex) {
            context.errors().report("Changing the workspace to " + dir, ex);
        }
    }
}
