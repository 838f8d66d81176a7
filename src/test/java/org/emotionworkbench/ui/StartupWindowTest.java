package org.emotionworkbench.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.ui.evaluation.EvaluationView;
import org.emotionworkbench.ui.evaluation.EvaluationViewModel;
import org.emotionworkbench.ui.workspace.RunEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real window (WorkbenchApp, as {@code java -jar} starts it) over a workspace holding a corrupt settings.json and
 * a half-written run: it opens, lists the good runs, and says what it skipped.
 */
@ExtendWith(ApplicationExtension.class)
class StartupWindowTest {
    @TempDir
    Path tmp;
    private WorkbenchApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path settings;
        Path ws = tmp.resolve("ws");
        try {
            settings = Files.write(tmp.resolve("settings.json"), new byte[]{'{', 0, (byte) 0xfe, 7, '"', 'w'});
            RunFolderFixture.at(ws.resolve("runs/good-one")).seed(1).ownTest(true, true, false).write();
            RunFolderFixture.at(ws.resolve("runs/good-two")).seed(2).ownTest(true, false).write();
            Path broken = RunFolderFixture.at(ws.resolve("runs/cut-short")).seed(3).write();
            Files.writeString(broken.resolve(RunFolder.CONFIG), "{\"model\": {\"name\": \"ti");
            Files.write(broken.resolve(RunFolder.MODEL), new byte[0]);
            Files.setLastModifiedTime(broken, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app = RealWindow.start(stage, settings, ws, tmp.resolve("cache"));
    }

    @AfterEach
    void stop() {
        RealWindow.stop(app);
    }

    @Test
    void theWindowOpensListsTheGoodRunsAndSaysWhatItSkipped(FxRobot robot) throws Exception {
        assertTrue(stage.isShowing());
        assertEquals(WorkbenchApp.TITLE, stage.getTitle());

        Label notice = robot.lookup("#startup-notice-text").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().startsWith("The workbench opened with 2 problems"), notice.getText());
        assertTrue(notice.getText().contains("settings.json"), notice.getText());
        assertTrue(notice.getText().contains("cut-short"), notice.getText());
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () ->
                robot.lookup("#errors-button").queryAs(Button.class).getText().equals("Errors (3)"));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("settings.json.bad-")).count(),
                    "the corrupt settings are kept aside");
        }

        robot.clickOn("#tab-evaluation");
        @SuppressWarnings("unchecked")
        ComboBox<RunEntry> runs = robot.lookup("#run-choice").queryAs(ComboBox.class);
        List<String> names = runs.getItems().stream().map(RunEntry::name).sorted().toList();
        assertEquals(List.of("cut-short", "good-one", "good-two"), names);
        RunEntry cut = runs.getItems().stream().filter(r -> r.name().equals("cut-short")).findFirst().orElseThrow();
        assertTrue(cut.problem().contains("config.json cannot be read"), cut.problem());

        // opening the broken run says why it cannot be shown; a good one still opens
        EvaluationViewModel vm = robot.lookup("#evaluation-view").queryAs(EvaluationView.class).viewModel();
        robot.interact(() -> runs.setValue(cut));
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> vm.statusProperty().get().startsWith("The run cut-short cannot be shown"));
        assertTrue(vm.statusProperty().get().contains("model.zip is empty"), vm.statusProperty().get());
        RunEntry good = runs.getItems().stream().filter(r -> r.name().equals("good-one")).findFirst().orElseThrow();
        robot.interact(() -> runs.setValue(good));
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> vm.displayProperty().get() != null && !vm.statusErrorProperty().get());

        robot.clickOn("#startup-notice-close");
        assertTrue(!robot.lookup("#startup-notice").query().isVisible());
        assertTrue(stage.isShowing());
    }
}
