package org.emotionworkbench.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import org.emotionworkbench.lesson.PreparedLesson;
import org.emotionworkbench.ui.importing.ImportModelDialog;
import org.emotionworkbench.ui.importing.ImportModelViewModel;
import org.emotionworkbench.ui.lessons.LessonsViewModel;
import org.emotionworkbench.ui.lessons.LessonsWindow;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/** File (open dataset, import a Keras model, workspace, refresh, quit), View (zoom), Go (one item a screen, Ctrl+1…6), Help (lessons, glossary, about). */
final class WorkbenchMenu extends MenuBar {
    private GlossaryWindow glossaryWindow;

    /** @param openDataset opens a dataset folder on the Datasets screen (label-map editor included) */
    WorkbenchMenu(WorkbenchContext context, Consumer<PreparedLesson> runLesson, Consumer<Path> openDataset) {
        setId("menu-bar");
        MenuItem openItem = new MenuItem("Open dataset…");
        openItem.setId("menu-open-dataset");
        openItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openItem.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Dataset folder (<root>/<class>/* or <root>/{train,test}/<class>/*)");
            File dir = chooser.showDialog(getScene().getWindow());
            if (dir != null) {
                openDataset.accept(dir.toPath());
            }
        });
        MenuItem importKeras = new MenuItem("Import Keras model…");
        importKeras.setId("menu-import-keras");
        importKeras.setOnAction(e -> ImportModelDialog.show(getScene().getWindow(), new ImportModelViewModel(context),
                context.uiScale()));
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
        // the same path as the window's close button: asks first while work runs
        quit.setOnAction(e -> getScene().getWindow().fireEvent(
                new javafx.stage.WindowEvent(getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("File", null, openItem, importKeras, workspace, refresh, quit);

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
        about.setId("menu-about");
        about.setOnAction(e -> AboutDialog.show(getScene().getWindow(), new AboutViewModel(context),
                context.uiScale()));
        MenuItem lessons = new MenuItem("Lessons…");
        lessons.setId("menu-lessons");
        lessons.setOnAction(e -> LessonsWindow.show(getScene().getWindow(),
                new LessonsViewModel(context, runLesson), context.uiScale()));
        getMenus().addAll(file, new ZoomMenu(context.uiScale()), go, new Menu("Help", null, lessons, glossary, about));
    }

    /** One glossary window: opened on first use, brought to the front after that. */
    private void showGlossary(WorkbenchContext context) {
        if (glossaryWindow == null) {
            glossaryWindow = new GlossaryWindow(getScene().getWindow(), context.uiScale());
        }
        glossaryWindow.show();
        glossaryWindow.toFront();
    }

    void chooseWorkspace(WorkbenchContext context) {
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
