package org.emotionworkbench.ui;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.emotionworkbench.run.AboutFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help → About opens a dialog with the same facts as {@code --version}. */
@ExtendWith(ApplicationExtension.class)
class AboutOnScreenTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;

    @Start
    void start(Stage stage) {
        context = UiTestSupport.context(tmp);
        UiTestSupport.show(stage, new MainView(context), 1400, 900);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void helpAboutShowsTheVersionFacts(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().stream().filter(m -> m.getText().equals("Help")).findFirst().orElseThrow();
        MenuItem about = help.getItems().stream().filter(i -> "menu-about".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(about::fire);
        TextArea[] facts = new TextArea[1];
        UiTestSupport.waitOnFx(60, TimeUnit.SECONDS, () -> {
            Scene scene = Window.getWindows().stream()
                    .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#about-facts") != null)
                    .map(Window::getScene).findFirst().orElse(null);
            facts[0] = scene == null ? null : (TextArea) scene.lookup("#about-facts");
            return facts[0] != null && facts[0].getText().contains("Licences and sources");
        });
        String text = facts[0].getText();
        assertTrue(text.startsWith(String.join("\n", AboutFacts.current().lines())), text);
        assertTrue(text.contains("Workspace: " + context.workspace().root()), text);
        robot.interact(() -> facts[0].getScene().getWindow().hide());
    }
}
