package org.emotionworkbench.ui.training;

import org.emotionworkbench.ui.UiTestSupport;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private TrainingView view;

    @Start
    void start(Stage stage) {
        context = UiTestSupport.context(tmp, "ws-" + System.nanoTime());
        context.datasetSpecProperty().set(TrainingViewModelTest.SAMPLE.toString());
        context.modelProperty().set(Presets.get("tiny"));
        view = new TrainingView(new TrainingViewModel(context, java.time.Clock.systemDefaultZone(), url -> false));
        UiTestSupport.show(stage, view, 1400, 900);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void spinnerValuesSetInCodeReachTheSettings(FxRobot robot) {
        var epochs = (javafx.scene.control.Spinner<Integer>) robot.lookup("#epochs").query();
        robot.interact(() -> epochs.getValueFactory().setValue(2));
        assertEquals("2", view.viewModel().settings().epochsProperty().get());
        var patience = (javafx.scene.control.Spinner<Integer>) robot.lookup("#patience").query();
        robot.interact(() -> patience.increment());
        assertEquals("6", view.viewModel().settings().patienceProperty().get());
    }

    @Test
    void aBadValueIsExplainedAndDisablesStart(FxRobot robot) {
        Button start = robot.lookup("#start-training").queryButton();
        assertFalse(start.isDisabled());
        robot.clickOn("#learning-rate").push(KeyCode.CONTROL, KeyCode.A).write("fast");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(start.isDisabled());
        Label message = robot.lookup("#settings-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("Learning rate: 'fast' is not a number"), message.getText());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("0.002");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(start.isDisabled());
        assertFalse(message.isVisible());
    }

    @Test
    void trainingTinyForOneEpochThroughTheScreenDrawsChartsAndWritesTheRun(FxRobot robot) throws Exception {
        robot.clickOn("#epochs").push(KeyCode.CONTROL, KeyCode.A).write("1");
        WaitForAsyncUtils.waitForFxEvents();
        TrainingViewModel vm = view.viewModel();
        assertEquals("1", vm.settings().epochsProperty().get());
        String name = vm.runNameProperty().get();
        assertTrue(name.startsWith("tiny-sample-data-"), name);

        robot.clickOn("#start-training");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#start-training").queryButton().isDisabled(), "Start is off while training");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(1, 1, 2), sizes(robot, "#accuracy-chart"), "train, validation, best-epoch mark");
        assertEquals(List.of(1, 1, 2), sizes(robot, "#loss-chart"), "the best-epoch mark is a vertical line");
        int batches = sizes(robot, "#batch-loss-chart").get(0);
        assertTrue(batches >= 5, "batch-loss points: " + batches); // 336 training images in batches of 64
        assertEquals(List.of(1), sizes(robot, "#lr-chart"));
        assertTrue(robot.lookup("#best-epoch").queryAs(Label.class).getText().startsWith("Best epoch: 1 "));
        assertFalse(robot.lookup("#training-log").queryAs(ListView.class).getItems().isEmpty());
        assertTrue(robot.lookup("#training-eta").queryAs(Label.class).getText().startsWith("Finished in"));

        Path runDir = context.workspace().runs().resolve(name);
        try (Stream<Path> runs = Files.list(context.workspace().runs())) {
            assertEquals(List.of(runDir), runs.toList());
        }
        assertTrue(Files.isRegularFile(runDir.resolve(RunFolder.REPORT_JSON)));
        assertEquals(runDir, context.selectedRunProperty().get().dir());
        assertTrue(robot.lookup("#training-outcome").queryAs(Label.class).getText().contains("Test accuracy"));

        Button show = robot.lookup("#show-evaluation").queryButton();
        assertFalse(show.isDisabled());
        robot.clickOn(show);
        assertEquals(Screen.EVALUATION, context.screenProperty().get());
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> sizes(FxRobot robot, String chart) {
        LineChart<Number, Number> c = robot.lookup(chart).queryAs(LineChart.class);
        return c.getData().stream().map(XYChart.Series::getData).map(List::size).toList();
    }
}
