package org.emotionworkbench.ui;

import javafx.stage.Stage;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.ui.workspace.WorkbenchSettings;
import org.emotionworkbench.ui.workspace.Workspace;

import java.nio.file.Path;

/**
 * The real {@link WorkbenchApp} started on a test's stage, with its settings file, workspace and pixel cache where
 * the test says (the system properties the application reads at start), and stopped again with those cleared.
 */
final class RealWindow {
    private RealWindow() {
    }

    static WorkbenchApp start(Stage stage, Path settings, Path workspace, Path cache) {
        System.setProperty(WorkbenchSettings.FILE_PROPERTY, settings.toString());
        System.setProperty(Workspace.PROPERTY, workspace.toString());
        System.setProperty(LoadOptions.CACHE_PROPERTY, cache.toString());
        WorkbenchApp app = new WorkbenchApp();
        app.start(stage);
        return app;
    }

    static void stop(WorkbenchApp app) {
        System.clearProperty(WorkbenchSettings.FILE_PROPERTY);
        System.clearProperty(Workspace.PROPERTY);
        System.clearProperty(LoadOptions.CACHE_PROPERTY);
        if (app != null) {
            app.stop();
        }
    }
}
