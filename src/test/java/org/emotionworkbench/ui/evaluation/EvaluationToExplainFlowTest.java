package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.ui.UiTestSupport;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.ui.MainView;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.explain.ExplainView;
import org.emotionworkbench.ui.explain.ExplainViewModel;
import org.emotionworkbench.ui.workspace.RunEntry;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole window on a run trained on the sample data: confusion cell → gallery → face → heatmap on Explain. Leaves
 * screenshots of both screens in target/screenshots (docs/screenshots holds copies).
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationToExplainFlowTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;

    @BeforeAll
    static void train() {
        TinyRun.get();
        TinyRun.other();
    }

    @Start
    void start(Stage stage) {
        Path ws = tmp.resolve("ws-" + System.nanoTime());
        TinyRun.copy(TinyRun.other(), ws, "tiny-seed7");
        TinyRun.copyInto(ws, "tiny-seed42");
        context = new WorkbenchContext(Platform::runLater, ws.resolve("settings.json"), new Workspace(ws),
                LoadOptions.defaults().withoutCache());
        UiTestSupport.show(stage, new MainView(context), 1400, 900);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static EvaluationViewModel evaluation(FxRobot robot) throws Exception {
        robot.clickOn("#tab-evaluation");
        EvaluationViewModel vm = robot.lookup("#evaluation-view").queryAs(EvaluationView.class).viewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.displayProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return vm;
    }

    /** The non-empty mistake cell with the most faces (or the fullest cell when the model makes none). */
    private static CellKey fullestCell(ConfusionDisplay d, boolean mistakesOnly) {
        CellKey best = null;
        int most = 0;
        for (Emotion t : d.classes()) {
            for (Emotion p : d.classes()) {
                int n = d.cell(t, p, ConfusionDisplay.Mode.COUNTS).count();
                if ((t != p || !mistakesOnly) && n > most) {
                    best = new CellKey(t, p);
                    most = n;
                }
            }
        }
        return best != null || !mistakesOnly ? best : fullestCell(d, false);
    }

    @Test
    void aFaceOfAConfusionCellOpensOnExplainWithItsHeatmap(FxRobot robot) throws Exception {
        EvaluationViewModel vm = evaluation(robot);
        ConfusionDisplay d = vm.displayProperty().get();
        CellKey cell = fullestCell(d, true);
        int count = d.cell(cell.truth(), cell.predicted(), ConfusionDisplay.Mode.COUNTS).count();
        robot.clickOn("#" + cell.nodeId());
        @SuppressWarnings("unchecked")
        GridView<GalleryFace> gallery = robot.lookup("#gallery").queryAs(GridView.class);
        assertEquals(count, gallery.getItems().size());
        for (int i = 1; i < count; i++) {
            assertTrue(gallery.getItems().get(i - 1).confidence() >= gallery.getItems().get(i).confidence());
        }
        GalleryFace first = gallery.getItems().get(0);
        UiTestSupport.waitOnFx(20, TimeUnit.SECONDS, () -> robot.lookup(".gallery-face").queryAllAs(GalleryFaceCell.class)
                .stream().anyMatch(c -> first.equals(c.getItem()) && c.lookup(".image-view") instanceof ImageView v && v.getImage() != null));
        snapshot(robot, "#evaluation-view", "evaluation.png");

        GalleryFaceCell face = robot.lookup(".gallery-face").queryAllAs(GalleryFaceCell.class).stream()
                .filter(c -> first.equals(c.getItem())).findFirst().orElseThrow();
        robot.clickOn(face);
        assertEquals(Screen.EXPLAIN, context.screenProperty().get());
        assertEquals(first.source(), context.explainTargetProperty().get().imageSource());
        ExplainViewModel explain = robot.lookup("#explain-view").queryAs(ExplainView.class).viewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> explain.heatmapProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ImageView image = robot.lookup("#explain-image").queryAs(ImageView.class);
        assertNotNull(image.getImage());
        assertTrue(image.getBoundsInParent().getWidth() > 0 && image.getBoundsInParent().getHeight() > 0);
        assertEquals(first.source(), explain.faceProperty().get().source());
        assertTrue(robot.lookup("#heatmap-status").queryAs(Label.class).getText().startsWith("Grad-CAM of layer"));

        // a second model on the same face, and the per-class means, for the picture
        robot.interact(() -> explain.compareRunProperty().set(context.runs().runs().stream()
                .filter(r -> r.name().equals("tiny-seed7")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> explain.resultProperty().get() != null
                && explain.resultProperty().get().comparison() != null);
        robot.clickOn("#mean-heatmaps-pane");
        robot.clickOn("#mean-heatmaps-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> explain.means().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#mean-" + cell.predicted().label()).queryAs(ImageView.class).getImage());
        snapshot(robot, "#explain-view", "explain.png");
    }

    @Test
    void rowPercentAndTheSadNeutralShortcut(FxRobot robot) throws Exception {
        EvaluationViewModel vm = evaluation(robot);
        ConfusionDisplay d = vm.displayProperty().get();
        Label sadNeutral = robot.lookup("#cell-sad-neutral .label").queryAs(Label.class);
        assertEquals(Integer.toString(d.cell(Emotion.SAD, Emotion.NEUTRAL, ConfusionDisplay.Mode.COUNTS).count()),
                sadNeutral.getText());
        robot.clickOn("#counts-toggle");
        assertEquals(ConfusionDisplay.Mode.ROW_PERCENT, vm.modeProperty().get());
        assertEquals(d.cell(Emotion.SAD, Emotion.NEUTRAL, ConfusionDisplay.Mode.ROW_PERCENT).text(),
                robot.lookup("#cell-sad-neutral .label").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#cell-sad-neutral .label").queryAs(Label.class).getText().endsWith("%"));
        robot.clickOn("#sad-neutral");
        assertEquals(new CellKey(Emotion.SAD, Emotion.NEUTRAL), vm.selectedCellProperty().get());
        assertEquals(d.cell(Emotion.SAD, Emotion.NEUTRAL, ConfusionDisplay.Mode.COUNTS).count(), vm.gallery().size());
    }

    @Test
    void theRunChoiceFollowsTheSelectedRunBothWays(FxRobot robot) throws Exception {
        evaluation(robot);
        @SuppressWarnings("unchecked")
        ComboBox<RunEntry> choice = robot.lookup("#run-choice").queryAs(ComboBox.class);
        assertEquals(context.selectedRunProperty().get(), choice.getValue());
        RunEntry other = context.runs().runs().stream().filter(r -> !r.equals(choice.getValue())).findFirst().orElseThrow();
        robot.interact(() -> choice.getSelectionModel().select(other));
        assertEquals(other, context.selectedRunProperty().get());
        RunEntry first = context.runs().runs().stream().filter(r -> !r.equals(other)).findFirst().orElseThrow();
        robot.interact(() -> context.selectedRunProperty().set(first));
        assertEquals(first, choice.getValue());
        robot.interact(() -> context.runs().refresh());
        assertEquals(first.dir(), context.selectedRunProperty().get().dir(), "a rescan keeps the selected run");
        assertEquals(context.selectedRunProperty().get(), choice.getValue());
    }

    /**
     * The screenshot tour's path: rescans (each training run and the Rescan button make one), a run chosen, a face
     * opened from a confusion cell. The Explain screen's run box used to be empty here while the heatmap was drawn.
     */
    @Test
    void theExplainRunChoiceShowsTheExplainedRunAfterRescans(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> context.runs().refresh());
        }
        RunEntry seed42 = context.runs().runs().stream().filter(r -> r.name().equals("tiny-seed42")).findFirst()
                .orElseThrow();
        robot.interact(() -> context.selectedRunProperty().set(seed42));
        EvaluationViewModel vm = evaluation(robot);
        @SuppressWarnings("unchecked")
        ComboBox<RunEntry> evaluationChoice = robot.lookup("#run-choice").queryAs(ComboBox.class);
        assertNotNull(evaluationChoice.getValue(), "the Evaluation screen's run box is empty although a run is selected");
        assertEquals(seed42.dir(), evaluationChoice.getValue().dir());
        CellKey cell = fullestCell(vm.displayProperty().get(), true);
        robot.clickOn("#" + cell.nodeId());
        UiTestSupport.waitOnFx(20, TimeUnit.SECONDS, () -> !robot.lookup(".gallery-face").queryAll().isEmpty());
        GalleryFace first = vm.gallery().get(0);
        GalleryFaceCell face = robot.lookup(".gallery-face").queryAllAs(GalleryFaceCell.class).stream()
                .filter(c -> first.equals(c.getItem())).findFirst().orElseThrow();
        robot.clickOn(face);
        ExplainViewModel explain = robot.lookup("#explain-view").queryAs(ExplainView.class).viewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> explain.heatmapProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<RunEntry> explainChoice = robot.lookup("#explain-run").queryAs(ComboBox.class);
        assertNotNull(explainChoice.getValue(), "the Explain screen's run box is empty although it explains a run");
        assertEquals(seed42.dir(), explainChoice.getValue().dir());
        assertEquals(seed42.dir(), explain.runProperty().get().dir());
        assertTrue(explainChoice.getItems().contains(explainChoice.getValue()));
        assertEquals(seed42.dir(), evaluationChoice.getValue().dir(), "the Evaluation screen's box is unchanged");

        robot.interact(() -> context.runs().refresh());
        assertEquals(seed42.dir(), explainChoice.getValue().dir(), "and stays after one more rescan");
        assertEquals(seed42.dir(), evaluationChoice.getValue().dir());
    }

    private static void snapshot(FxRobot robot, String query, String name) throws Exception {
        Node node = robot.lookup(query).query();
        var image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target/screenshots").resolve(name); // docs/screenshots holds copies of these
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
