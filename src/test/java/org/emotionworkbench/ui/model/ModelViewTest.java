package org.emotionworkbench.ui.model;

import org.emotionworkbench.ui.UiTestSupport;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Padding;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class ModelViewTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private ModelView view;

    @Start
    void start(Stage stage) {
        context = UiTestSupport.context(tmp);
        view = new ModelView(context);
        UiTestSupport.show(stage, view, 1400, 860);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void editTinyFromThePaletteReorderUndoAndSeeTheErrorOnTheLayer(FxRobot robot) {
        robot.interact(() -> context.modelProperty().set(Presets.get("pisa")));
        assertEquals("Total params: 1,029,223 (trainable 1,027,559, non-trainable 1,664)", text(robot, "#total-params"));
        assertEquals(25, table(robot).getItems().size(), "a model set elsewhere is shown");

        robot.clickOn("#preset-choice");
        ListCell<?> tinyCell = robot.lookup(".list-cell").match((ListCell<?> c) -> "tiny".equals(c.getItem())).query();
        assertEquals(Presets.description("tiny"), robot.from(tinyCell).lookup(".preset-description")
                .queryAs(Label.class).getText(), "the chooser says what each preset is");
        robot.clickOn(tinyCell);
        ModelSpec tiny = Presets.get("tiny");
        assertEquals(tiny, view.viewModel().spec());
        assertEquals(tiny, context.modelProperty().get());

        robot.clickOn(row(robot, 0));
        robot.clickOn(robot.lookup("#layer-palette .list-cell")
                .match((ListCell<?> c) -> "Dropout".equals(c.getText())).<Node>query());
        robot.clickOn("#add-layer");
        assertEquals(new Dropout(0.25), view.viewModel().spec().layers().get(1));
        ModelSpec added = view.viewModel().spec();

        robot.clickOn("#move-down");
        assertEquals(new Dropout(0.25), view.viewModel().spec().layers().get(2));
        assertEquals(2, table(robot).getSelectionModel().getSelectedIndex(), "the moved layer stays selected");

        robot.clickOn("#undo");
        assertEquals(added, view.viewModel().spec(), "undo restores the previous order");
        assertEquals(added, context.modelProperty().get());

        robot.clickOn(row(robot, 3));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(tiny, view.viewModel().spec(), "Ctrl+Z undoes the add");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(added, view.viewModel().spec(), "Ctrl+Y redoes it");
        robot.clickOn("#undo");

        // dense units 0: refused at the field, the spec untouched
        robot.clickOn(row(robot, 5));
        replaceText(robot, "#field-units", "0");
        Label unitsError = robot.lookup("#field-units-error").queryAs(Label.class);
        assertTrue(unitsError.isVisible());
        assertEquals("Units must be between 1 and 100,000, got 0", unitsError.getText());
        assertEquals(tiny, view.viewModel().spec());

        // a 25×25 'valid' kernel on the 24×24 map: the error is on layer 3
        robot.clickOn(row(robot, 2));
        robot.interact(() -> combo(robot, "#field-padding").setValue("valid"));
        replaceText(robot, "#field-kernel", "25");
        assertTrue(row(robot, 2).getStyleClass().contains("layer-error"));
        assertFalse(row(robot, 1).getStyleClass().contains("layer-error"));
        assertFalse(row(robot, 3).getStyleClass().contains("layer-error"));
        assertTrue(text(robot, "#model-error").startsWith("Layer 3 (conv2d_1): a 25×25 'valid' convolution"),
                text(robot, "#model-error"));
        assertTrue(row(robot, 2).getTooltip().getText().startsWith("Layer 3 (conv2d_1)"));
        assertEquals("a 25×25 'valid' convolution does not fit its 24×24 input", view.viewModel().rows().get(2).rowError());
        assertEquals(new Conv2D(16, 3, 1, Padding.VALID, null), context.modelProperty().get().layers().get(2),
                "the context keeps the last valid spec");
        assertTrue(text(robot, "#model-status").contains("keeps the last valid model"), text(robot, "#model-status"));

        // the rest stays editable
        robot.clickOn(row(robot, 5));
        replaceText(robot, "#field-units", "48");
        assertEquals(Dense.of(48), view.viewModel().spec().layers().get(5));

        // Ctrl+Z in the field just committed undoes the model edit, and the field follows
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(Dense.of(32), view.viewModel().spec().layers().get(5));
        assertEquals("32", robot.lookup("#field-units").queryAs(TextField.class).getText());
    }

    /** Renders the screen with pisa to target/screenshots/model.png (docs/screenshots/model.png is a copy). */
    @Test
    void screenshotWithPisa(FxRobot robot) throws Exception {
        robot.interact(() -> combo(robot, "#preset-choice").setValue("pisa"));
        robot.clickOn(row(robot, 2));
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.getScene().getRoot().snapshot(null, null));
        Path out = Path.of("target", "screenshots", "model.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", out.toFile());
        assertTrue(Files.size(out) > 10_000);
    }

    @Test
    void draggingARowMovesTheLayerAndUndoPutsItBack(FxRobot robot) throws Exception {
        ModelSpec tiny = Presets.get("tiny");
        robot.drag(row(robot, 5)).dropTo(row(robot, 1));
        assertEquals(Dense.of(32), view.viewModel().spec().layers().get(1));
        robot.clickOn("#undo");
        assertEquals(tiny, view.viewModel().spec());
    }

    @Test
    void theSelectedRunTabShowsAFineTunedRunsFrozenLayersShaded(FxRobot robot) throws Exception {
        FineTunedRuns.write(context.workspace().runs().resolve("ft-view"), "3");
        robot.interact(() -> {
            context.runs().refresh();
            context.selectedRunProperty().set(context.runs().runs().stream()
                    .filter(r -> r.name().equals("ft-view")).findFirst().orElseThrow());
        });
        robot.clickOn("Selected run");
        UiTestSupport.waitOnFx(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#run-network-layers").queryAs(TableView.class).getItems().size() == 6
                        && context.tasks().running().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        long shaded = robot.lookup("#run-network-layers .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() != null && r.getStyleClass().contains("frozen-layer"))
                .queryAll().size();
        assertEquals(3, shaded, "the three frozen layers are shaded");
        assertTrue(text(robot, "#run-network-totals").endsWith("(3 frozen layers)"), text(robot, "#run-network-totals"));
        assertFalse(robot.lookup("#move-up").query().getParent().isVisible(), "the spec editor's buttons are out of the way");
        robot.clickOn("Layers");
        assertTrue(robot.lookup("#move-up").query().getParent().isVisible());
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LayerRow> table(FxRobot robot) {
        return robot.lookup("#layer-list").queryAs(TableView.class);
    }

    private static TableRow<?> row(FxRobot robot, int index) {
        return robot.lookup("#layer-list .table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == index && r.getItem() != null).query();
    }
}
