package org.emotionworkbench.ui.explain;

import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.ui.UiTestSupport;
import org.emotionworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
class ExplainViewTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private ExplainView view;

    @Start
    void start(Stage stage) {
        context = UiTestSupport.context(tmp);
        view = new ExplainView(context);
        UiTestSupport.show(stage, view, 1400, 900);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyHeatmapHasAColourScaleFromZeroToOneInTheChosenColormap(FxRobot robot) {
        for (String id : new String[]{"#explain-color-scale", "#compare-color-scale", "#mean-color-scale"}) {
            ColorScaleBar scale = robot.lookup(id).queryAs(ColorScaleBar.class);
            assertEquals(Colormap.JET.rgb(1), rgb(scale.image(), 0), id + " top");
            assertEquals(Colormap.JET.rgb(0), rgb(scale.image(), ColorScaleBar.STEPS - 1), id + " bottom");
        }
        ColorScaleBar main = robot.lookup("#explain-color-scale").queryAs(ColorScaleBar.class);
        assertEquals("1", robot.from(main).lookup(".color-scale-tick").queryAs(Label.class).getText());

        robot.interact(() -> view.viewModel().colormapProperty().set(Colormap.VIRIDIS));
        assertEquals(Colormap.VIRIDIS.rgb(1), rgb(main.image(), 0));
        int middle = ColorScaleBar.STEPS / 2;
        assertEquals(Colormap.VIRIDIS.rgb(1 - middle / (double) (ColorScaleBar.STEPS - 1)), rgb(main.image(), middle));
        ColorScaleBar mean = robot.lookup("#mean-color-scale").queryAs(ColorScaleBar.class);
        assertEquals(Colormap.VIRIDIS.rgb(0), rgb(mean.image(), ColorScaleBar.STEPS - 1));
    }

    @Test
    void theDifferenceMapsScaleRunsFromBlueThroughWhiteToRed(FxRobot robot) {
        ColorScaleBar diff = robot.lookup("#difference-color-scale").queryAs(ColorScaleBar.class);
        assertEquals(0xff0000, rgb(diff.image(), 0));
        assertEquals(0x0000ff, rgb(diff.image(), ColorScaleBar.STEPS - 1));
    }

    @Test
    void theOpacitySliderShowsItsValue(FxRobot robot) {
        robot.interact(() -> view.viewModel().opacityProperty().set(0.5));
        assertEquals("50 %", robot.lookup("#opacity-value").queryAs(Label.class).getText());
        robot.interact(() -> view.viewModel().opacityProperty().set(0.8));
        assertEquals("80 %", robot.lookup("#opacity-value").queryAs(Label.class).getText());
    }

    private static int rgb(WritableImage image, int row) {
        return image.getPixelReader().getArgb(0, row) & 0xffffff;
    }
}
