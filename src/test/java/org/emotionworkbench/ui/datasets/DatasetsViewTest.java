package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.ui.UiTestSupport;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class DatasetsViewTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private DatasetsView view;

    @Start
    void start(Stage stage) {
        context = UiTestSupport.context(tmp);
        view = new DatasetsView(context);
        UiTestSupport.show(stage, view, 1400, 900);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void openingTheSampleDataChartsSevenClassesAndTheGridFiltersFacesByClass(FxRobot robot) throws Exception {
        TextField path = robot.lookup("#dataset-path").queryAs(TextField.class);
        robot.interact(() -> path.setText(Path.of("sample-data").toAbsolutePath().toString()));
        robot.clickOn("#open-dataset");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = robot.lookup("#class-chart").queryAs(BarChart.class);
        assertEquals(Emotion.labels(), ((CategoryAxis) chart.getXAxis()).getCategories());
        assertEquals(List.of("sample-data · train", "sample-data · test"),
                chart.getData().stream().map(XYChart.Series::getName).toList());
        for (int s = 0; s < 2; s++) {
            XYChart.Series<String, Number> series = chart.getData().get(s);
            assertEquals(Emotion.labels(), series.getData().stream().map(XYChart.Data::getXValue).toList());
            int expected = s == 0 ? 60 : 20;
            series.getData().forEach(d -> assertEquals(expected, d.getYValue().intValue(), d.getXValue()));
        }
        assertTrue(robot.lookup("#load-report").queryAs(TextArea.class).getText().contains("560 images loaded"));
        Screenshots.save(view, Path.of("target/screenshots/datasets-sample-overview.png"));

        robot.clickOn("#datasets-tab-faces");
        @SuppressWarnings("unchecked")
        GridView<FaceItem> grid = robot.lookup("#thumbnail-grid").queryAs(GridView.class);
        assertEquals(560, grid.getItems().size());
        @SuppressWarnings("unchecked")
        ChoiceBox<String> classFilter = robot.lookup("#filter-class").queryAs(ChoiceBox.class);
        robot.interact(() -> classFilter.setValue("happy"));
        assertEquals(80, grid.getItems().size());
        assertTrue(grid.getItems().stream().allMatch(f -> f.sample().label() == Emotion.HAPPY));
        @SuppressWarnings("unchecked")
        ChoiceBox<String> splitFilter = robot.lookup("#filter-split").queryAs(ChoiceBox.class);
        robot.interact(() -> splitFilter.setValue("test"));
        assertEquals(20, grid.getItems().size());
        assertTrue(grid.getItems().stream().allMatch(f -> f.sample().label() == Emotion.HAPPY && f.split() == DataSplit.TEST));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".face-cell").queryAll().isEmpty(), "the grid draws face cells");
        assertTrue(robot.lookup("#face-count").queryLabeled().getText().startsWith("20 of 560 faces"));
        Screenshots.save(view, Path.of("target/screenshots/datasets-sample-faces.png"));
    }

    @Test
    void aFaceOfAnUnlabelledFolderIsLabelledWithTheKeysAndAugmentationsArePreviewed(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#dataset-path").queryAs(TextField.class)
                .setText(Path.of("sample-data").toAbsolutePath().toString()));
        robot.clickOn("#open-dataset");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.datasetProperty().get() != null);
        robot.clickOn("#datasets-tab-augmentation");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AugmentationPreviewViewModel.COUNT,
                robot.lookup("#augmentation-preview").queryAs(javafx.scene.layout.TilePane.class).getChildren().size());
        robot.clickOn("#reshuffle-augmentations");
        Screenshots.save(view, Path.of("target/screenshots/datasets-sample-augmentation.png"));

        robot.clickOn("#datasets-tab-labelling");
        robot.interact(() -> robot.lookup("#labelling-folder").queryAs(TextField.class)
                .setText(Path.of("sample-data/test").toAbsolutePath().toString()));
        robot.clickOn("#labelling-load");
        LabellingViewModel labelling = view.viewModel().labelling();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> labelling.items().size() == 140);
        WaitForAsyncUtils.waitForFxEvents();
        var cells = robot.lookup("#labelling-grid .face-cell").queryAll();
        assertFalse(cells.isEmpty());
        javafx.scene.Node second = cells.stream().filter(n -> ((LabelCell) n).getItem() == labelling.items().get(1))
                .findFirst().orElseThrow();
        robot.clickOn(second);
        assertEquals(labelling.items().get(1), labelling.selectedProperty().get());
        robot.type(javafx.scene.input.KeyCode.DIGIT4);
        assertEquals(Emotion.HAPPY, labelling.items().get(1).human());
        assertEquals(labelling.items().get(2), labelling.selectedProperty().get(), "moves to the next face");
        robot.type(javafx.scene.input.KeyCode.DIGIT7);
        assertEquals(Emotion.SURPRISE, labelling.items().get(2).human());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(view, Path.of("target/screenshots/datasets-sample-labelling.png"));
    }
}
