package org.emotionworkbench.ui.compare;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.emotionworkbench.run.RunFolderFixture.rightFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Six runs whose labels are 60 characters long: every bar is drawn, the legend spells out every label. */
@ExtendWith(ApplicationExtension.class)
class MetricChartViewTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private CompareView view;
    private final List<String> labels = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        for (int i = 1; i <= 6; i++) {
            String label = ("synthetic faces, stable diffusion, augmented, seed " + i + " ").repeat(2).substring(0, 60);
            labels.add(label);
            RunFolderFixture.at(tmp.resolve("ws/runs/run-" + i)).seed(i).label(label)
                    .ownTest(rightFirst(70, 20 + 5 * i)).write();
        }
        context = UiTestSupport.context(tmp);
        view = new CompareView(context);
        UiTestSupport.show(stage, view, 1400, 900);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void sixRunsWithLongLabelsAllGetVisibleNumberedBarsAndALegend(FxRobot robot) throws Exception {
        CompareViewModel vm = view.viewModel();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.rows().size() == 6);
        robot.interact(() -> vm.select(List.copyOf(vm.rows())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.bars().size() == 6 && !vm.comparingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        ErrorBarChart chart = robot.lookup("#metric-chart").queryAs(ErrorBarChart.class);
        List<XYChart.Data<String, Number>> bars = chart.getData().get(0).getData();
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), bars.stream().map(XYChart.Data::getXValue).toList());
        for (XYChart.Data<String, Number> d : bars) {
            Node node = d.getNode();
            Bounds b = node.getBoundsInParent();
            assertTrue(node.isVisible() && b.getWidth() >= 8 && b.getHeight() > 1,
                    "bar " + d.getXValue() + " is drawn: " + b);
        }

        List<String> legend = robot.lookup("#metric-legend .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        List<String> shownLabels = vm.bars().stream().map(MetricBar::label).toList();
        assertEquals(6, legend.size(), legend.toString());
        for (int i = 0; i < 6; i++) {
            assertEquals((i + 1) + "  " + shownLabels.get(i), legend.get(i), "the full label, never cut");
        }
        assertTrue(shownLabels.containsAll(labels), shownLabels.toString());
    }

    @Test
    void aNarrowChartKeepsEveryBarWide(FxRobot robot) throws Exception {
        CompareViewModel vm = view.viewModel();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.rows().size() == 6);
        robot.interact(() -> vm.select(List.copyOf(vm.rows())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.bars().size() == 6 && !vm.comparingProperty().get());
        robot.interact(() -> view.getScene().getWindow().setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        ErrorBarChart chart = robot.lookup("#metric-chart").queryAs(ErrorBarChart.class);
        for (XYChart.Data<String, Number> d : chart.getData().get(0).getData()) {
            Bounds b = d.getNode().getBoundsInParent();
            assertTrue(b.getWidth() > 0 && b.getHeight() > 1, "bar " + d.getXValue() + ": " + b);
        }
    }
}
