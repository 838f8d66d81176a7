package org.emotionworkbench.ui;

import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;

    @Start
    void start(Stage stage) {
        context = UiTestSupport.context(tmp);
        stage.setScene(new Scene(new MainView(context), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void clickingATabMakesItTheCurrentScreen(FxRobot robot) {
        TabPane tabs = robot.lookup("#screens").queryAs(TabPane.class);
        assertEquals(Screen.values().length, tabs.getTabs().size());
        robot.clickOn("#tab-training");
        assertEquals(Screen.TRAINING, context.screenProperty().get());
        robot.interact(() -> context.screenProperty().set(Screen.EXPLAIN));
        assertEquals("Explain", tabs.getSelectionModel().getSelectedItem().getText());
    }
}
