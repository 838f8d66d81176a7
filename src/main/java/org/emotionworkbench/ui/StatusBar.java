package org.emotionworkbench.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.LatestError;

/**
 * The bottom line of the window: the newest running task with its progress and a Cancel button, the workspace,
 * and the newest error (click "Errors" for all of them).
 */
final class StatusBar extends HBox {
    private final Label taskLabel = new Label();
    private final ProgressBar taskProgress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Label error = new Label();
    private final Button errorsButton = new Button("Errors (0)");

    StatusBar(WorkbenchContext context) {
        setId("status-bar");
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
        taskLabel.setId("task-label");
        taskProgress.setPrefWidth(160);
        cancel.setId("task-cancel");
        error.setId("status-error");
        error.getStyleClass().add("error-text");
        error.setMaxWidth(700);
        errorsButton.setId("errors-button");
        Label workspace = new Label();
        workspace.setId("workspace-label");
        workspace.textProperty().bind(Bindings.createStringBinding(
                () -> "Workspace: " + context.runs().workspace().root(), context.runs().workspaceProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(taskLabel, taskProgress, cancel, spacer, error, errorsButton, workspace);

        context.tasks().running().addListener((ListChangeListener<BackgroundTask<?>>) c -> showTasks(context));
        showTasks(context);

        ErrorLog log = context.errors();
        log.entries().addListener((ListChangeListener<ErrorLog.Entry>) c ->
                errorsButton.setText("Errors (" + log.entries().size() + ")"));
        error.textProperty().bind(new LatestError(log, context.tasks()).textProperty());
        // the buttons keep their size; a long error message is what gets cut (its tooltip has it whole)
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        errorsButton.setMinWidth(Region.USE_PREF_SIZE);
        taskLabel.setMinWidth(60);
        error.setMinWidth(0);
        error.tooltipProperty().bind(Bindings.createObjectBinding(() -> error.getText().isEmpty() ? null
                : new javafx.scene.control.Tooltip(error.getText()), error.textProperty()));
        errorsButton.setOnAction(e -> showErrors(log));
    }

    private void showTasks(WorkbenchContext context) {
        var running = context.tasks().running();
        boolean any = !running.isEmpty();
        taskProgress.setVisible(any);
        cancel.setVisible(any);
        taskLabel.textProperty().unbind();
        taskProgress.progressProperty().unbind();
        if (!any) {
            taskLabel.setText("Ready");
            return;
        }
        BackgroundTask<?> t = running.get(running.size() - 1);
        String more = running.size() > 1 ? " (+" + (running.size() - 1) + " more)" : "";
        taskLabel.textProperty().bind(Bindings.createStringBinding(
                () -> t.title() + (t.messageProperty().get().isEmpty() ? "" : " — " + t.messageProperty().get()) + more,
                t.messageProperty()));
        taskProgress.progressProperty().bind(t.progressProperty());
        cancel.setOnAction(e -> t.cancel());
    }

    private void showErrors(ErrorLog log) {
        ListView<String> list = new ListView<>();
        log.entries().forEach(en -> list.getItems().add(en.line()));
        list.setPrefSize(800, 300);
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            log.entries().clear();
            list.getItems().clear();
        });
        Popup popup = new Popup();
        popup.setAutoHide(true);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, list, clear);
        box.setStyle("-fx-background-color: white; -fx-border-color: #888; -fx-padding: 6;");
        popup.getContent().add(box);
        var b = errorsButton.localToScreen(errorsButton.getBoundsInLocal());
        popup.show(getScene().getWindow(), Math.max(0, b.getMaxX() - 820), Math.max(0, b.getMinY() - 340));
    }
}
