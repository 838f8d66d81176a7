package org.emotionworkbench.ui.importing;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.emotionworkbench.model.keras.IsolatedKerasImport;
import org.emotionworkbench.ui.MainView;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.UiTestSupport;
import org.emotionworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → Import Keras model… on a file whose isolated import really crashes (the child JVM gets 12 MB of heap and
 * aborts with a crash report when it runs out, as a native crash would end it): the dialog shows the one-line error,
 * and the main window stays up and usable.
 */
@ExtendWith(ApplicationExtension.class)
class ImportCrashOnScreenTest {
    static final Path KDEF = Path.of("../shared/models/keras/tiny_XCEPTION_KDEF.hdf5").toAbsolutePath().normalize();
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = UiTestSupport.context(tmp);
        context.setKerasImporter(new IsolatedKerasImport(tmp.resolve("work"),
                List.of("-Xmx12m", "-XX:-ExitOnOutOfMemoryError", "-XX:+CrashOnOutOfMemoryError")));
        UiTestSupport.show(stage, new MainView(context), 1300, 850);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aCrashingImportShowsOneLineAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        robot.clickOn("File");
        robot.clickOn("Import Keras model…");
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> robot.lookup("#import-dialog").tryQuery().isPresent());
        TextField file = robot.lookup("#import-file").queryAs(TextField.class);
        robot.interact(() -> file.setText(KDEF.toString()));

        Label error = robot.lookup("#import-file-error").queryAs(Label.class);
        UiTestSupport.waitOnFx(60, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        String m = error.getText();
        assertTrue(m.matches("Importing tiny_XCEPTION_KDEF\\.hdf5 failed inside the isolated importer: it ran out of "
                + "memory \\(exit \\d+\\) — the workbench is unaffected"), m);
        assertFalse(m.contains("\n"), "one line");
        assertTrue(error.isVisible(), "shown in the dialog");
        try (Stream<Path> s = Files.list(tmp.resolve("work"))) {
            assertEquals(List.of(), s.toList(), "the child's temporary folder is gone");
        }

        robot.clickOn("#import-close");
        UiTestSupport.waitOnFx(10, TimeUnit.SECONDS, () -> robot.lookup("#import-dialog").tryQuery().isEmpty());
        assertTrue(stage.isShowing(), "the main window is still up");
        robot.clickOn("#tab-model");
        assertEquals(Screen.MODEL, context.screenProperty().get(), "and answers");
        assertTrue(context.runs().runs().isEmpty(), "nothing was imported");
    }
}
