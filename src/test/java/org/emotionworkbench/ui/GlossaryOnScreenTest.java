package org.emotionworkbench.ui;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.emotionworkbench.ui.common.Glossary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Terms on screen carry their glossary definition as a tooltip; Help → Glossary lists every term. */
@ExtendWith(ApplicationExtension.class)
class GlossaryOnScreenTest {
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
    void reportHeadersTrainingLabelsCompareMetricsAndTheExplainMethodExplainTheirTerms(FxRobot robot) {
        robot.clickOn("#tab-evaluation");
        assertTooltip(robot.lookup("#report-header-precision").query(), "precision");
        assertTooltip(robot.lookup("#report-header-f1-score").query(), "F1");
        assertTooltip(labelled(robot, "Confusion matrix"), "confusion matrix");

        robot.clickOn("#tab-training");
        assertTooltip(labelled(robot, "Epochs"), "epoch");
        assertTooltip(labelled(robot, "Learning rate"), "learning rate");
        assertTooltip(labelled(robot, "Early stopping"), "early stopping");

        robot.clickOn("#tab-explain");
        assertTooltip(labelled(robot, "Method"), "Grad-CAM");

        robot.clickOn("#tab-compare");
        ChoiceBox<?> metric = robot.lookup("#metric-choice").queryAs(ChoiceBox.class);
        assertEquals(Glossary.tooltipText("accuracy"), metric.getTooltip().getText());
        robot.interact(() -> metric.getSelectionModel().select(1)); // Macro F1
        assertEquals(Glossary.tooltipText("F1", "macro average"), metric.getTooltip().getText());
        assertTooltip(labelled(robot, "McNemar's test"), "McNemar test");
    }

    @Test
    void helpGlossaryOpensAWindowListingEveryTerm(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().stream().filter(m -> m.getText().equals("Help")).findFirst().orElseThrow();
        MenuItem glossary = help.getItems().stream().filter(i -> "menu-glossary".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(glossary::fire);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // the glossary window just opened (the last showing window with a glossary list): both controls from it
        javafx.scene.Scene scene = javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#glossary-list") != null)
                .reduce((first, last) -> last).orElseThrow().getScene();
        ListView<?> list = (ListView<?>) scene.lookup("#glossary-list");
        javafx.scene.control.TextField filter = (javafx.scene.control.TextField) scene.lookup("#glossary-filter");
        assertEquals(Glossary.entries(), list.getItems());
        // give the field focus before typing: the robot's keys go to the focused window, and typed into a window still
        // taking focus they were lost under load
        robot.interact(() -> {
            scene.getWindow().requestFocus();
            filter.requestFocus();
        });
        robot.clickOn(filter).write("weights");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals("weights", filter.getText());
        assertEquals(Glossary.entries().stream().filter(e -> e.term().equals("class weights")
                || e.definition().contains("weights")).toList(), list.getItems());
        robot.interact(() -> list.getScene().getWindow().hide());
    }

    private static void assertTooltip(Node node, String term) {
        assertNotNull(((Control) node).getTooltip(), "no tooltip on " + node);
        assertEquals(Glossary.tooltipText(term), ((Control) node).getTooltip().getText());
    }

    /** The label showing {@code text} on the current screen. */
    private static Label labelled(FxRobot robot, String text) {
        Node screen = robot.lookup("#screens").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getContent();
        return robot.from(screen).lookup((Node n) -> n instanceof Label l && text.equals(l.getText()))
                .queryAs(Label.class);
    }
}
