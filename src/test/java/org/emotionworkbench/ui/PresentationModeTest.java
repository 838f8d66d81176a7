package org.emotionworkbench.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.emotionworkbench.ui.workspace.WorkbenchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private MainView view;

    @Start
    void start(Stage stage) {
        context = UiTestSupport.context(tmp);
        view = new MainView(context);
        UiTestSupport.show(stage, view, 1200, 800);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theViewMenuScalesEveryTextAndShowsThePercentage(FxRobot robot) {
        Label hint = robot.lookup(".hint").queryAs(Label.class);
        double normal = hint.getFont().getSize();
        ListView<?> palette = robot.lookup("#layer-palette").queryAs(ListView.class);
        assertEquals(24, palette.getFixedCellSize(), 0.2);
        Menu viewMenu = menu(robot, "menu-view");
        assertEquals("View", viewMenu.getText());

        robot.interact(() -> item(viewMenu, "menu-zoom-150").fire());
        robot.interact(() -> view.applyCss());
        assertEquals(normal * 1.5, hint.getFont().getSize(), 0.1); // font sizes are rounded to 0.1 px
        assertEquals(36, palette.getFixedCellSize(), 0.2, "rows of fixed height grow too");
        assertEquals("View (150 %)", viewMenu.getText());
        assertTrue(((RadioMenuItem) item(viewMenu, "menu-zoom-150")).isSelected());

        robot.interact(() -> item(viewMenu, "menu-zoom-in").fire());
        assertEquals(175, context.uiScale().percent());
        robot.interact(() -> item(viewMenu, "menu-zoom-reset").fire());
        robot.interact(() -> view.applyCss());
        assertEquals(normal, hint.getFont().getSize(), 0.05);
    }

    @Test
    void ctrlEqualsAndTheKeypadZoomLikeTheMenuAndTheScaleIsRememberedForTheNextStart(FxRobot robot) {
        robot.interact(() -> {
            context.uiScale().reset();
            view.fireEvent(key(KeyCode.EQUALS));
            view.fireEvent(key(KeyCode.ADD));
        });
        assertEquals(125, context.uiScale().percent());
        robot.interact(() -> view.fireEvent(key(KeyCode.SUBTRACT)));
        assertEquals(110, context.uiScale().percent());

        assertEquals(110, WorkbenchSettings.load(tmp.resolve("settings.json")).uiScalePercent());
        try (WorkbenchContext next = UiTestSupport.context(tmp)) {
            assertEquals(110, next.uiScale().percent());
        }
        robot.interact(() -> view.fireEvent(key(KeyCode.NUMPAD0)));
        assertEquals(100, context.uiScale().percent());
    }

    @Test
    void tooltipsAreDrawnAtTheZoomLevelToo(FxRobot robot) {
        robot.interact(() -> context.uiScale().set(150));
        robot.clickOn("#tab-training");
        Label epochs = robot.lookup((javafx.scene.Node n) -> n instanceof Label l && "Epochs".equals(l.getText())
                && l.getTooltip() != null).queryAs(Label.class);
        javafx.scene.control.Tooltip tip = epochs.getTooltip();
        robot.interact(() -> {
            var b = epochs.localToScreen(epochs.getBoundsInLocal());
            tip.show(epochs, b.getMaxX(), b.getMaxY());
        });
        robot.interact(() -> tip.getScene().getRoot().applyCss());
        assertEquals(19.5, tip.getFont().getSize(), 0.1);
        robot.interact(() -> {
            tip.hide();
            context.uiScale().set(200);
        });
        robot.interact(() -> {
            var b = epochs.localToScreen(epochs.getBoundsInLocal());
            tip.show(epochs, b.getMaxX(), b.getMaxY());
        });
        robot.interact(() -> tip.getScene().getRoot().applyCss());
        assertEquals(26, tip.getFont().getSize(), 0.1, "the next time it shows");
        robot.interact(() -> {
            tip.hide();
            context.uiScale().reset();
        });
    }

    private static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false);
    }

    private static Menu menu(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
