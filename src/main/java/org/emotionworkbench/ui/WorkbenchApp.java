package org.emotionworkbench.ui;

import org.emotionworkbench.ui.common.Stylesheet;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.ui.datasets.DatasetOpener;
import org.emotionworkbench.ui.workspace.SampleData;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The JavaFX workbench. Opens with the bundled sample data loaded and the tiny preset chosen, ready to train.
 * Closing the window cancels running work and stops what was started (the training UI server), so the JVM exits.
 */
public final class WorkbenchApp extends Application {
    public static final String TITLE = "Emotion Workbench";
    /** The PNG sizes of the application icon (assets/icons, rendered from its SVG). */
    static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};
    private WorkbenchContext context;

    static String iconResource(int size) {
        return "/assets/icons/emotion-workbench-" + size + ".png";
    }

    /** The application icon at one of its sizes, from the jar (the one image the window loads itself). */
    static Image icon(int size) {
        return new Image(Objects.requireNonNull(
                WorkbenchApp.class.getResourceAsStream(iconResource(size)), "icon " + size));
    }

    @Override
    public void start(Stage stage) {
        context = WorkbenchContext.forApplication(Platform::runLater);
        stage.setTitle(TITLE);
        for (int size : ICON_SIZES) {
            stage.getIcons().add(icon(size));
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1400, screen.getWidth() * 0.95);
        double height = Math.min(900, screen.getHeight() * 0.92);
        Scene scene = new Scene(new MainView(context), width, height);
        scene.getStylesheets().add(Stylesheet.WORKBENCH.url());
        stage.setScene(scene);
        QuitGuard guard = new QuitGuard(context.tasks());
        stage.setOnCloseRequest(e -> {
            var question = guard.question();
            if (question.isEmpty()) {
                return;
            }
            e.consume();
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, question.get(), ButtonType.CANCEL, ButtonType.OK);
            ask.setTitle("Quit " + TITLE);
            ask.setHeaderText("Work is still running");
            ask.initOwner(stage);
            ask.getDialogPane().setPrefWidth(560);
            if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                stage.setTitle(TITLE + " — stopping …");
                guard.stopAllThen(Platform::exit);
            }
        });
        stage.setMinWidth(Math.min(900, width));
        stage.setMinHeight(Math.min(600, height));
        stage.show();
        stage.centerOnScreen();
        openStartDataset(context);
    }

    /** The sample data (bundled, or drawn into the workspace), loaded in the background. */
    static void openStartDataset(WorkbenchContext context) {
        try {
            Path sample = SampleData.locate(context.workspace());
            new DatasetOpener(context).open(sample, SourceOptions.defaults(), ds -> {
            });
        } catch (Exception e) {
            context.errors().report("Opening the sample data", e);
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** Starts the toolkit and blocks until the window is closed. */
    public static void launchWorkbench(String... args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
