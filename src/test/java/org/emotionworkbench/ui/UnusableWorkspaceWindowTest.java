package org.emotionworkbench.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real window when its workspace cannot be created (here: its parent is a file, which no user, root included,
 * can write into): it opens, explains, and offers another folder.
 */
@ExtendWith(ApplicationExtension.class)
class UnusableWorkspaceWindowTest {
    @TempDir
    Path tmp;
    private WorkbenchApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path blocker;
        try {
            blocker = Files.writeString(tmp.resolve("home"), "a file where the home folder should be");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app = RealWindow.start(stage, tmp.resolve("settings.json"), blocker.resolve("emotion-workbench"),
                tmp.resolve("cache"));
    }

    @AfterEach
    void stop() {
        RealWindow.stop(app);
    }

    @Test
    void theWindowOpensExplainsAndOffersAnotherWorkspace(FxRobot robot) {
        assertTrue(stage.isShowing());
        String text = robot.lookup("#startup-notice-text").queryAs(Label.class).getText();
        assertTrue(text.contains("cannot be used"), text);
        assertTrue(text.contains("runs cannot be saved there"), text);
        Node choose = robot.lookup("#startup-notice-workspace").query();
        assertTrue(choose.isVisible() && choose.isManaged());
        robot.clickOn("#tab-compare");
        assertTrue(stage.isShowing(), "the screens work without a workspace");
    }
}
