package org.emotionworkbench.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.platform.HostileFileCorpus;
import org.emotionworkbench.platform.HostileObjects;
import org.emotionworkbench.ui.evaluation.CrossDatasetViewModel;
import org.emotionworkbench.ui.evaluation.EvaluationView;
import org.emotionworkbench.ui.evaluation.EvaluationViewModel;
import org.emotionworkbench.ui.evaluation.TinyRun;
import org.emotionworkbench.ui.explain.ExplainView;
import org.emotionworkbench.ui.explain.ExplainViewModel;
import org.emotionworkbench.ui.explain.FaceChoice;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files from others opened in the window: a run whose model.zip carries a Java-serialization bomb, and a PNG whose
 * header claims 30,000 × 30,000 pixels. Each gets one clear message; the window stays up and goes on working.
 */
@ExtendWith(ApplicationExtension.class)
class HostileFilesOnScreenTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private Stage stage;

    @BeforeAll
    static void train() {
        TinyRun.get();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path ws = tmp.resolve("ws-" + System.nanoTime());
        TinyRun.copyInto(ws, "good");
        Path hostile = TinyRun.copyInto(ws, "shared-by-someone");
        try {
            Files.write(hostile.resolve("model.zip"), HostileFileCorpus.rewriteZip(hostile.resolve("model.zip"),
                    Map.of("preprocessor.bin", HostileObjects.serialized(HostileObjects.hashSetBomb()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = new WorkbenchContext(Platform::runLater, ws.resolve("settings.json"), new Workspace(ws),
                LoadOptions.defaults().withoutCache());
        UiTestSupport.show(stage, new MainView(context), 1400, 900);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private RunEntry run(String name) {
        return context.runs().runs().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRunWhoseModelCarriesASerializationBombIsRefusedOnTheEvaluationScreen(FxRobot robot) throws Exception {
        robot.clickOn("#tab-evaluation");
        EvaluationViewModel vm = robot.lookup("#evaluation-view").queryAs(EvaluationView.class).viewModel();
        CrossDatasetViewModel cross = vm.cross();
        robot.interact(() -> {
            context.selectedRunProperty().set(run("shared-by-someone"));
            cross.dataPathProperty().set(Path.of("sample-data/test").toAbsolutePath().toString());
        });
        robot.interact(() -> robot.lookup("#cross-evaluate").queryAs(Button.class).fire());
        UiTestSupport.waitOnFx(60, TimeUnit.SECONDS, () -> !cross.runningProperty().get()
                && !cross.messageProperty().get().startsWith("Evaluating"));

        assertTrue(cross.messageErrorProperty().get());
        assertTrue(cross.messageProperty().get().contains("preprocessor.bin"), cross.messageProperty().get());
        assertFalse(cross.messageProperty().get().contains("\tat "), "one line, no stack trace");
        assertTrue(context.errors().entries().stream().anyMatch(e -> e.message().contains("preprocessor.bin")));
        assertTrue(stage.isShowing());

        // still usable: the good run's evaluation opens
        robot.interact(() -> context.selectedRunProperty().set(run("good")));
        UiTestSupport.waitOnFx(30, TimeUnit.SECONDS, () -> vm.displayProperty().get() != null
                && !vm.statusErrorProperty().get() && !vm.loadingProperty().get());
        robot.clickOn("#tab-model");
        assertEquals(Screen.MODEL, context.screenProperty().get());
    }

    @Test
    void aDecompressionBombImageOpenedOnExplainIsRefusedAndTheNextFaceIsExplained(FxRobot robot) throws Exception {
        Path bomb = Files.write(tmp.resolve("huge.png"), HostileFileCorpus.pngClaiming(30_000));
        assertTrue(Files.size(bomb) < 100);
        robot.clickOn("#tab-explain");
        ExplainViewModel vm = robot.lookup("#explain-view").queryAs(ExplainView.class).viewModel();
        robot.interact(() -> vm.runProperty().set(run("good")));
        robot.interact(() -> vm.faceProperty().set(FaceChoice.ofFile(bomb))); // what "Open image…" does with the file
        UiTestSupport.waitOnFx(60, TimeUnit.SECONDS, () -> vm.statusErrorProperty().get() && !vm.busyProperty().get());

        String status = vm.statusProperty().get();
        assertTrue(status.contains("30000×30000 pixels"), status);
        assertTrue(status.contains("huge.png"), status);
        assertTrue(stage.isShowing());

        // still usable: a real face is explained next
        Path face = Path.of("sample-data/test/happy/happy_0000.png").toAbsolutePath();
        robot.interact(() -> vm.faceProperty().set(FaceChoice.ofFile(face)));
        UiTestSupport.waitOnFx(60, TimeUnit.SECONDS, () -> vm.heatmapProperty().get() != null && !vm.busyProperty().get());
        assertNotNull(vm.resultProperty().get());
        assertFalse(vm.statusErrorProperty().get(), vm.statusProperty().get());
    }
}
