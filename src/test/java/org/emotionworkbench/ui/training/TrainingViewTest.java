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
        Label status = robot.lookup("#training-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("completed 1 epoch;"), status.getText());
        assertEquals(status.getText(), status.getTooltip().getText(), "the whole status line, where it is cut short");

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

    @Test
    @SuppressWarnings("unchecked")
    void startFromARunOfTheWorkspaceFillsThePathAndABadHeadDisablesStart(FxRobot robot) throws Exception {
        Path parent = org.emotionworkbench.ui.evaluation.TinyRun.copyInto(context.workspace().runs().getParent(),
                "parent");
        robot.interact(() -> context.runs().refresh());
        var source = (javafx.scene.control.ComboBox<StartFrom.Source>) robot.lookup("#start-from").query();
        var runs = (javafx.scene.control.ComboBox<org.emotionworkbench.ui.workspace.RunEntry>)
                robot.lookup("#parent-run").query();
        assertTrue(runs.isDisabled(), "the run choice is off while the Model screen's network is used");
        robot.interact(() -> source.setValue(StartFrom.Source.PARENT));
        assertFalse(runs.isDisabled());
        robot.interact(() -> runs.getSelectionModel().select(runs.getItems().stream()
                .filter(r -> r.dir().equals(parent)).findFirst().orElseThrow()));
        var path = robot.lookup("#parent-path").queryAs(javafx.scene.control.TextField.class);
        assertEquals(parent.toString(), path.getText());
        assertTrue(robot.lookup("#parent-classes").query().isDisabled(), "a run folder has its own class order");
        robot.clickOn("#freeze").write("2");
        robot.clickOn("#head").write("dense:lots");
        WaitForAsyncUtils.waitForFxEvents();
        Button start = robot.lookup("#start-training").queryButton();
        Label message = robot.lookup("#settings-message").queryAs(Label.class);
        assertTrue(start.isDisabled());
        assertTrue(message.getText().startsWith("Head: head layer 'dense:lots'"), message.getText());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("dense:256,dropout:0.5");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(start.isDisabled(), message.getText());
        assertTrue(robot.lookup("#model-summary").queryAs(Label.class).getText().contains("fine-tunes parent"));
        String shots = System.getProperty("ew.snapshots");
        if (shots != null) { // a look at the section: -Dew.snapshots=<folder>
            var scroll = robot.lookup("#training-settings-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            robot.interact(() -> scroll.setVvalue(0.35));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                var image = view.snapshot(null, null);
                try {
                    Files.createDirectories(Path.of(shots));
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                            Path.of(shots, "training-start-from.png").toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> sizes(FxRobot robot, String chart) {
        LineChart<Number, Number> c = robot.lookup(chart).queryAs(LineChart.class);
        return c.getData().stream().map(XYChart.Series::getData).map(List::size).toList();
    }
}
