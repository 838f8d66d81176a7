package org.emotionworkbench.ui.evaluation;

import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.ui.UiTestSupport;
import org.emotionworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.emotionworkbench.run.RunFolderFixture.rightFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A narrow window with a long run label: the toolbar's own words are never cut to "…". */
@ExtendWith(ApplicationExtension.class)
class EvaluationToolbarTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;

    @Start
    void start(Stage stage) throws Exception {
        RunFolderFixture.at(tmp.resolve("ws/runs/run-1")).label("synthetic faces from stable diffusion, augmented, "
                + "class weights, seed 42").ownTest(rightFirst(14, 7)).write();
        context = UiTestSupport.context(tmp);
        context.runs().refresh();
        context.selectedRunProperty().set(context.runs().runs().get(0));
        UiTestSupport.show(stage, new EvaluationView(context), 760, 600);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** What the control draws: JavaFX puts the cut text, ending in "…", in its text node. */
    private static String drawn(Labeled l) {
        return ((Text) l.lookup(".text")).getText();
    }

    @Test
    void theToolbarsLabelsAndButtonKeepTheirWholeText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> words = robot.lookup("#evaluation-view .label").queryAllAs(Labeled.class).stream()
                .filter(l -> "Run".equals(l.getText()) || "Evaluated on".equals(l.getText())).toList();
        assertEquals(2, words.size());
        words.forEach(l -> assertEquals(l.getText(), drawn(l)));
        Labeled rescan = robot.lookup(".button").queryAllAs(Labeled.class).stream()
                .filter(b -> "Rescan runs".equals(b.getText())).findFirst().orElseThrow();
        assertEquals("Rescan runs", drawn(rescan));
        Labeled status = robot.lookup("#evaluation-status").queryAs(Labeled.class);
        assertTrue(status.getText().isEmpty() || status.getTooltip() != null, "a cut message has a tooltip");
    }
}
