package org.emotionworkbench.ui.common;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.emotionworkbench.ui.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@ExtendWith(ApplicationExtension.class)
class NodeExportTest {
    @TempDir
    Path tmp;
    private BarChart<String, Number> chart;

    @Start
    void start(Stage stage) {
        chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.getData().add(new XYChart.Data<>("happy", 7));
        s.getData().add(new XYChart.Data<>("sad", 3));
        chart.getData().add(s);
        chart.setPrefSize(300, 200);
        NodeExport.install(chart, "chart");
        UiTestSupport.show(stage, new javafx.scene.layout.StackPane(chart), 300, 200);
    }

    @Test
    void aChartIsWrittenAsAPngAtTwiceItsSizeOnWhite(FxRobot robot) throws Exception {
        Path[] written = new Path[1];
        robot.interact(() -> {
            try {
                written[0] = NodeExport.writePng(chart, tmp.resolve("out/chart.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage img = ImageIO.read(written[0].toFile());
        assertNotNull(img);
        assertEquals((int) Math.ceil(chart.getWidth() * NodeExport.SCALE), img.getWidth());
        assertEquals((int) Math.ceil(chart.getHeight() * NodeExport.SCALE), img.getHeight());
        assertEquals(0xFFFFFFFF, img.getRGB(0, 0), "the background is white, not transparent");
        assertNotNull(chart.getOnContextMenuRequested(), "a right click offers Save as PNG");
    }
}
