package org.emotionworkbench.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A line under the menu that says, on a first start, where the workspace was created, and what the start skipped or
 * could not use (a bad settings file, damaged runs, an unusable workspace ...), until the user closes it; when the workspace cannot be used, a button chooses another. The status bar's error moves on with the next job; this stays.
 * Absent when the start created nothing and found nothing wrong.
 */
final class StartupNotice extends HBox {
    /** @param chooseWorkspace asks for another workspace folder (File → Change workspace…) */
    StartupNotice(WorkbenchContext context, Runnable chooseWorkspace) {
        setId("startup-notice");
        getStyleClass().add("startup-notice");
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-background-color: #fff4ce; -fx-border-color: #e0c060; -fx-border-width: 0 0 1 0;");
        String summary = context.startupSummary();
        String created = context.workspaceCreatedMessage();
        String problems = summary.isEmpty() ? "" : "The workbench " + summary + ".";
        String message = created.isEmpty() ? problems : problems.isEmpty() ? created : created + " " + problems;
        Label text = new Label(message);
        text.setId("startup-notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setTooltip(new Tooltip(String.join("\n", context.startupProblems())));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.setId("startup-notice-close");
        close.setTooltip(new Tooltip("Hide this notice (the Errors list keeps each problem)."));
        close.setOnAction(e -> hide());
        getChildren().add(text);
        if (!context.workspaceUsable()) {
            Button choose = new Button("Choose another workspace…");
            choose.setId("startup-notice-workspace");
            choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            choose.setOnAction(e -> {
                chooseWorkspace.run();
                if (context.workspaceUsable()) {
                    choose.setVisible(false);
                    choose.setManaged(false);
                }
            });
            getChildren().add(choose);
        }
        getChildren().add(close);
        if (message.isEmpty()) {
            hide();
        }
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
    }
}
