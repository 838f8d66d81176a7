package org.emotionworkbench.ui;

import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.ui.datasets.DatasetsView;
import org.emotionworkbench.ui.datasets.ForeignFolders;
import org.emotionworkbench.ui.datasets.MatchRow;
import org.emotionworkbench.ui.lessons.LessonItem;
import org.emotionworkbench.ui.lessons.LessonsWindow;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The instructor's path in the window, headless: a synthetic folder with Indonesian class names opens the label-map
 * editor, its map is saved and the folder opens; a real (English-named) set is count-matched against it from the
 * Matching tab with nothing typed but the two paths; Help → Lessons opens the lessons and a lesson starts in the
 * Study pane.
 */
@ExtendWith(ApplicationExtension.class)
class SyntheticVsRealFlowTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;

    @Start
    void start(Stage stage) {
        context = new WorkbenchContext(Platform::runLater, tmp.resolve("settings.json"),
                new Workspace(tmp.resolve("workspace")), LoadOptions.defaults().withoutCache());
        UiTestSupport.show(stage, new MainView(context), 1400, 900);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Generated faces moved into Indonesian class folders (no disgust or fear), like the SD faces. */
    private static Path synthetic() throws Exception {
        return ForeignFolders.make(tmp, tmp.resolve("sd-faces/faces"), 4, 5, Map.of("angry", "marah", "happy", "senang",
                "neutral", "netral", "sad", "sedih", "surprise", "terkejut"));
    }

    @Test
    void labelMapThenMatchingThenALessonFromTheMenu(FxRobot robot) throws Exception {
        Path sd = synthetic();
        Path real = tmp.resolve("real");
        SampleDataGenerator.generate(real, 10, 2, 6);

        // the synthetic folder: Open brings up the editor, filled from the folder names
        robot.clickOn("#dataset-path").write(sd.toString());
        robot.clickOn("#open-dataset");
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> robot.lookup("#label-map-editor").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<String> marah = robot.lookup("#label-map-choice-marah").queryAs(ChoiceBox.class);
        assertEquals("angry", marah.getValue());
        robot.clickOn("#label-map-apply");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.datasetProperty().get() != null);
        assertEquals(20, context.datasetProperty().get().train().size());
        assertTrue(robot.lookup("#label-map-editor").tryQuery().isEmpty(), "the tabs are back");
        assertTrue(context.labelMaps().find(sd).isPresent());

        // the real set, matched per class to the synthetic folder: the reference is the label-mapped folder itself
        TextField path = robot.lookup("#dataset-path").queryAs(TextField.class);
        robot.interact(() -> path.setText(real.toString()));
        robot.clickOn("#open-dataset");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.datasetProperty().get() != null
                && context.datasetProperty().get().train().size() == 70);
        assertEquals("", robot.lookup("#open-message").queryLabeled().getText());
        assertEquals(real.toString(), context.datasetSpecProperty().get(), "the SD map is not applied to this set");
        robot.clickOn("#datasets-tab-matching");
        DatasetsView datasets = robot.lookup("#datasets-view").queryAs(DatasetsView.class);
        robot.interact(() -> datasets.viewModel().matching().referenceProperty().set(sd.toString()));
        robot.interact(() -> datasets.viewModel().matching().run());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> datasets.viewModel().matching().writtenProperty().get() != null);
        assertEquals("", datasets.viewModel().matching().messageProperty().get());
        Map<Emotion, Integer> drawn = ManifestJson.read(datasets.viewModel().matching().writtenProperty().get()).counts();
        assertEquals(4, drawn.get(Emotion.ANGRY));
        assertEquals(0, drawn.get(Emotion.FEAR));
        MatchRow happy = datasets.viewModel().matching().rows().get(Emotion.HAPPY.ordinal());
        assertNotNull(happy);

        // Help → Lessons: the window lists the lessons; the data-free one starts in the Study pane
        robot.clickOn("Help").clickOn("#menu-lessons");
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> robot.lookup("#lessons-window").tryQuery().isPresent());
        LessonsWindow lessons = robot.lookup("#lessons-window").queryAs(LessonsWindow.class);
        @SuppressWarnings("unchecked")
        ListView<LessonItem> list = robot.lookup("#lesson-list").queryAs(ListView.class);
        assertEquals(3, list.getItems().size());
        LessonItem sample = list.getItems().stream().filter(i -> i.lesson().name().equals("sample-faces")).findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(sample));
        assertTrue(lessons.viewModel().textProperty().get().contains("needs no data"));
        robot.clickOn("#lesson-run");
        Path out = tmp.resolve("workspace/lessons/sample-faces");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.screenProperty().get() == Screen.COMPARE);
        assertTrue(Files.isRegularFile(out.resolve("study.json")));
        TextField spec = robot.lookup("#study-spec").queryAs(TextField.class);
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> !spec.getText().isEmpty()); // set in the same FX runnable
        assertEquals(out.resolve("study.json").toString(), spec.getText());
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene() != null && w.getScene().getRoot() == lessons),
                "the lessons window closes once its lesson is prepared");
        // the rehearsal lesson (4 tiny runs on generated faces) runs to its end in the Study pane and leaves its report
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("sample-faces"));
        assertTrue(Files.isRegularFile(out.resolve("study/summary.md")));
    }
}
