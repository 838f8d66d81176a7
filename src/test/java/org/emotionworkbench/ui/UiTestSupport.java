package org.emotionworkbench.ui;

import org.emotionworkbench.ui.common.Stylesheet;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.ui.workspace.Workspace;

import java.nio.file.Path;

/** What the headless GUI tests share: a context over a temporary workspace, and a window with the app's style. */
public final class UiTestSupport {
    private UiTestSupport() {
    }

    /** A context whose settings and workspace live in {@code dir}; no pixel cache (tests load small data). */
    public static WorkbenchContext context(Path dir, String workspaceName) {
        return new WorkbenchContext(Platform::runLater, dir.resolve("settings.json"),
                new Workspace(dir.resolve(workspaceName)), LoadOptions.defaults().withoutCache());
    }

    /** A context that runs UI updates on the calling thread (view-model tests without a toolkit); workspace {@code ws}. */
    public static WorkbenchContext directContext(Path dir) {
        return new WorkbenchContext(org.emotionworkbench.ui.common.UiExecutor.DIRECT, dir.resolve("settings.json"),
                new Workspace(dir.resolve("ws")), LoadOptions.defaults().withoutCache());
    }

    public static WorkbenchContext context(Path dir) {
        return context(dir, "ws");
    }

    /**
     * Waits until {@code condition} holds, evaluating it on the FX thread: conditions that look up nodes must not walk
     * the scene graph while the FX thread changes it (that walk can throw IndexOutOfBoundsException).
     */
    public static void waitOnFx(long timeout, java.util.concurrent.TimeUnit unit,
                                java.util.concurrent.Callable<Boolean> condition) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(timeout, unit,
                () -> org.testfx.util.WaitForAsyncUtils.asyncFx(condition).get(10, java.util.concurrent.TimeUnit.SECONDS));
    }

    /** Shows {@code root} in the stage, styled as the application is. */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Stylesheet.WORKBENCH.url());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
