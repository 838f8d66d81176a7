package org.emotionworkbench.ui;

import org.emotionworkbench.ui.common.Stylesheet;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.ui.datasets.DatasetOpener;
import org.emotionworkbench.ui.explain.ExplainView;
import org.emotionworkbench.ui.workspace.Workspace;
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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole workbench as a user goes through it, headless: the sample data loads, a model is chosen in the editor,
 * tiny trains for an epoch with its charts filling, a confusion cell opens its faces, one face opens in Explain and
 * a heatmap is drawn.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;

    @Start
    void start(Stage stage) {
        context = new WorkbenchContext(Platform::runLater, tmp.resolve("settings.json"),
                new Workspace(tmp.resolve("workspace")), LoadOptions.defaults().withCacheDir(tmp.resolve("cache")));
        Scene scene = new Scene(new MainView(context), 1400, 900);
        scene.getStylesheets().add(Stylesheet.WORKBENCH.url());
        stage.setScene(scene);
        stage.show();
        new DatasetOpener(context).open(Path.of("sample-data"), SourceOptions.defaults(), ds -> {
        });
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void sampleDataToTrainedModelToConfusionCellToHeatmap(FxRobot robot) throws Exception {
        // Datasets: the bundled sample data is loaded and charted
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.datasetProperty().get() != null);
        assertEquals(7 * 60, context.datasetProperty().get().train().size());
        BarChart<?, ?> chart = robot.lookup("#class-chart").queryAs(BarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chart.getData().isEmpty());
        assertEquals(7, chart.getData().get(0).getData().size());

        // Model: pisa shows its Keras parameter count, then tiny is chosen for training
        robot.clickOn("#tab-model");
        choosePreset(robot, "pisa");
        assertEquals("pisa", context.modelProperty().get().name());
        assertTrue(robot.lookup("#total-params").queryAs(Label.class).getText().contains("1,029,223"));
        choosePreset(robot, "tiny");
        assertEquals("tiny", context.modelProperty().get().name());

        // Training: one epoch through the screen; the charts get points and the run is evaluated
        robot.clickOn("#tab-training");
        robot.clickOn("#epochs").push(KeyCode.CONTROL, KeyCode.A).write("1").push(KeyCode.ENTER);
        robot.clickOn("#start-training");
        UiTestSupport.waitOnFx(180, TimeUnit.SECONDS, () ->
                robot.lookup("#training-outcome").queryAs(Label.class).getText().contains("Test accuracy"));
        for (String id : List.of("#accuracy-chart", "#loss-chart")) {
            LineChart<?, ?> c = robot.lookup(id).queryAs(LineChart.class);
            assertTrue(c.getData().stream().mapToInt(s -> s.getData().size()).sum() >= 2, id + " has points");
        }
        assertNotNull(context.selectedRunProperty().get(), "the new run is selected");
        assertTrue(Files.isRegularFile(context.selectedRunProperty().get().dir().resolve("report.json")));

        // Evaluation: the largest confusion cell opens a gallery of exactly its faces
        robot.clickOn("#show-evaluation");
        assertEquals(Screen.EVALUATION, context.screenProperty().get());
        UiTestSupport.waitOnFx(30, TimeUnit.SECONDS, () -> cells(robot).size() == 49);
        Node cell = cells(robot).stream().max(Comparator.comparingInt(WorkbenchFlowTest::count)).orElseThrow();
        int faces = count(cell);
        assertTrue(faces > 0);
        robot.clickOn(cell);
        GridView<?> gallery = robot.lookup("#gallery").queryAs(GridView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> gallery.getItems().size() == faces);
        UiTestSupport.waitOnFx(20, TimeUnit.SECONDS, () -> !robot.lookup(".gallery-face").queryAll().isEmpty()
                && robot.lookup(".gallery-face .image-view").queryAllAs(ImageView.class).stream()
                .anyMatch(v -> v.getImage() != null));

        // Explain: the face opens with its heatmap
        Node face = robot.lookup(".gallery-face").queryAll().stream()
                .filter(n -> n.lookup(".image-view") instanceof ImageView v && v.getImage() != null)
                .findFirst().orElseThrow();
        robot.clickOn(face);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.screenProperty().get() == Screen.EXPLAIN);
        ExplainView explain = robot.lookup("#explain-view").queryAs(ExplainView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> explain.viewModel().heatmapProperty().get() != null);
        ImageView image = robot.lookup("#explain-image").queryAs(ImageView.class);
        assertNotNull(image.getImage());
        assertTrue(image.getImage().getWidth() > 0);
        assertFalse(context.errors().entries().stream().anyMatch(e -> true),
                () -> "no errors in the window: " + context.errors().entries());
    }

    private static void choosePreset(FxRobot robot, String name) {
        robot.clickOn("#preset-choice");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> name.equals(c.getText())).<Node>query());
    }

    private static java.util.Set<Node> cells(FxRobot robot) {
        return robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("cell-")).queryAll();
    }

    /** The count a confusion cell shows (0 for anything that is not a number). */
    private static int count(Node cell) {
        Node l = cell instanceof Label ? cell : cell.lookup(".label");
        if (!(l instanceof Label label)) {
            return 0;
        }
        try {
            return Integer.parseInt(label.getText().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
