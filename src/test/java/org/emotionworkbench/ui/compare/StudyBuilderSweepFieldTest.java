package org.emotionworkbench.ui.compare;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.emotionworkbench.study.StudySpec;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Study builder's sweep fields, typed into on screen, become the spec's sweep. */
@ExtendWith(ApplicationExtension.class)
class StudyBuilderSweepFieldTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private StudyBuilderViewModel vm;

    @Start
    void start(Stage stage) {
        context = UiTestSupport.context(tmp);
        vm = new StudyBuilderViewModel(context);
        StudyBuilderPane pane = new StudyBuilderPane(vm, p -> { });
        pane.setExpanded(true);
        UiTestSupport.show(stage, pane, 1100, 700);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void typedSweepValuesReachTheSpec(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextField epochs = robot.lookup("#builder-sweep-epochs").queryAs(TextField.class);
        TextField batch = robot.lookup("#builder-sweep-batch").queryAs(TextField.class);
        assertTrue(epochs.isVisible() && epochs.getText().isEmpty(), "offered, blank by default");
        robot.interact(() -> {
            epochs.setText("40, 50, 60");
            batch.setText("32 64");
            vm.addSource().dataProperty().set(tmp.resolve("faces").toString());
        });
        StudySpec spec = vm.build().orElseThrow();
        assertEquals(List.of(40, 50, 60), spec.sweep().maxEpochs());
        assertEquals(List.of(32, 64), spec.sweep().batchSize());
        assertEquals(6 * 3, spec.runCount(), "6 combinations × 1 source × seeds 1, 2, 3");
    }
}
