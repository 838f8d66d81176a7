package org.emotionworkbench.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window's first start in a home without a workspace: it creates one and says where, in one message. */
@ExtendWith(ApplicationExtension.class)
class FirstRunWindowTest {
    @TempDir
    Path tmp;
    private WorkbenchApp app;

    @Start
    void start(Stage stage) {
        app = RealWindow.start(stage, tmp.resolve("home/.emotion-workbench/settings.json"),
                tmp.resolve("home/emotion-workbench"), tmp.resolve("cache"));
    }

    @AfterEach
    void stop() {
        RealWindow.stop(app);
    }

    @Test
    void theFirstStartSaysWhereTheWorkspaceWasCreated(FxRobot robot) {
        Path ws = tmp.resolve("home/emotion-workbench");
        assertTrue(Files.isDirectory(ws.resolve("runs")));
        Label text = robot.lookup("#startup-notice-text").queryAs(Label.class);
        assertTrue(text.getText().startsWith("Your workspace was created at " + ws + ":"), text.getText());
        assertTrue(text.isVisible() && robot.lookup("#startup-notice").query().isVisible());
        assertFalse(text.getText().contains("problem"), text.getText());
        assertTrue(robot.lookup("#startup-notice-workspace").tryQuery().isEmpty(), "no choice offered: nothing is wrong");
    }
}
