package org.emotionworkbench.ui.importing;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.ui.MainView;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.UiTestSupport;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.workspace.RunEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → Import Keras model… in the window, headless: the file's path typed into the dialog, FER2013 order and
 * [-1, 1] picked from their lists, the preview shown, Import pressed; the dialog closes and the run is the selected
 * one of the Evaluation screen's run list, under its imported label.
 */
@ExtendWith(ApplicationExtension.class)
class ImportModelFlowTest {
    /** The smaller of the two real models (KDEF's class order is FER2013's), so that the test stays short. */
    static final Path KDEF = Path.of("../shared/models/keras/tiny_XCEPTION_KDEF.hdf5").toAbsolutePath().normalize();
    @TempDir
    static Path tmp;
    private WorkbenchContext context;

    @Start
    void start(Stage stage) {
        context = UiTestSupport.context(tmp);
        UiTestSupport.show(stage, new MainView(context), 1300, 850);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void importFromTheFileMenuListsTheRunOnTheEvaluationScreen(FxRobot robot) throws Exception {
        robot.clickOn("File");
        robot.clickOn("Import Keras model…");
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> robot.lookup("#import-dialog").tryQuery().isPresent());
        TextField file = robot.lookup("#import-file").queryAs(TextField.class);
        robot.interact(() -> file.setText(KDEF.toString()));
        Label declared = robot.lookup("#import-declared").queryAs(Label.class);
        UiTestSupport.waitOnFx(20, TimeUnit.SECONDS, () -> declared.getText().contains("input 64×64×1"));

        robot.clickOn("#import-order");
        robot.clickOn(ImportModelViewModel.OrderChoice.FER2013.toString());
        robot.clickOn("#import-scaling");
        robot.clickOn(ImportModelViewModel.ScalingChoice.SYMMETRIC.toString());
        assertEquals(ImportModelViewModel.OrderChoice.FER2013, robot.lookup("#import-order").queryAs(ComboBox.class).getValue());

        FlowPane faces = robot.lookup("#import-preview").queryAs(FlowPane.class);
        UiTestSupport.waitOnFx(90, TimeUnit.SECONDS, () -> faces.getChildren().size() == 21);
        String summary = robot.lookup("#import-preview-summary").queryAs(Label.class).getText();
        assertTrue(summary.matches("\\d+ of 140 faces agree with their folder labels.*"), summary);

        Button importButton = robot.lookup("#import-run").queryAs(Button.class);
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> !importButton.isDisabled());
        robot.clickOn(importButton);
        UiTestSupport.waitOnFx(60, TimeUnit.SECONDS, () -> robot.lookup("#import-dialog").tryQuery().isEmpty());

        assertEquals(Screen.EVALUATION, context.screenProperty().get());
        @SuppressWarnings("unchecked")
        ComboBox<RunEntry> runs = robot.lookup("#run-choice").queryAs(ComboBox.class);
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> runs.getValue() != null);
        RunEntry shown = runs.getValue();
        assertEquals("tiny_XCEPTION_KDEF (Keras, imported)", shown.label());
        assertTrue(runs.getItems().contains(shown), "listed, not only shown");
        assertTrue(RunConfig.read(shown.dir().resolve(RunFolder.CONFIG)).wasImported());
        assertTrue(Files.isRegularFile(shown.dir().resolve(RunFolder.MODEL)));
        Node set = robot.lookup("#evaluation-set").tryQuery().orElse(null);
        if (set instanceof ComboBox<?> box) {
            UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> box.getValue() != null);
            assertEquals("none yet (imported model)", box.getValue().toString());
        }
        assertFalse(context.errors().entries().stream().anyMatch(e -> true),
                () -> "no errors in the window: " + context.errors().entries());
    }
}
