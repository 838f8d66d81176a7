package org.emotionworkbench.ui.compare;

import org.emotionworkbench.ui.common.Stylesheet;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A tool, not a test (src/tools/java, compiled with {@code -Ptools}): renders the Compare screen over real runs to
 * {@code target/screenshots/compare.png} and, with a study, {@code compare-study.png} (docs/screenshots holds copies):
 * {@code mvn -B -o -Ptools test -Dtest=CompareScreenshots -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcompare.screenshot.workspace=<ws> [-Dcompare.screenshot.study=<dir>]}, where {@code <ws>/runs/} holds trained runs.
 * Skipped without a workspace.
 */
@ExtendWith(ApplicationExtension.class)
class CompareScreenshots {
    private static final String WORKSPACE = System.getProperty("compare.screenshot.workspace", "");
    private static final String STUDY = System.getProperty("compare.screenshot.study", "");
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private CompareView view;

    @Start
    void start(Stage stage) {
        if (WORKSPACE.isBlank()) {
            return;
        }
        context = new WorkbenchContext(Platform::runLater, tmp.resolve("settings.json"), new Workspace(Path.of(WORKSPACE)),
                LoadOptions.defaults().withoutCache());
        view = new CompareView(context);
        Scene scene = new Scene(view, 1400, 860);
        scene.getStylesheets().add(Stylesheet.WORKBENCH.url());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void renderScreenshots(FxRobot robot) throws Exception {
        assumeTrue(!WORKSPACE.isBlank(), "no -Dcompare.screenshot.workspace");
        CompareViewModel vm = view.viewModel();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.select(vm.rows().stream().filter(r -> r.comparable()).toList()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.comparingProperty().get() && !vm.bars().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, Path.of("target/screenshots/compare.png"));
        if (!STUDY.isBlank()) {
            robot.interact(() -> vm.study().open(Path.of(STUDY)));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.study().summaryProperty().get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            save(robot, Path.of("target/screenshots/compare-study.png"));
        }
    }

    private void save(FxRobot robot, Path file) throws Exception {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = view.snapshot(null, null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
        System.out.println("screenshot " + file.toAbsolutePath() + " " + List.of(img[0].getWidth(), img[0].getHeight()));
    }
}
