package org.emotionworkbench.ui.training;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.emotionworkbench.ui.WorkbenchContext;

/** The Training screen (placeholder until its view is built). */
public final class TrainingView extends BorderPane {
    public TrainingView(WorkbenchContext context) {
        setCenter(new Label("Training"));
    }
}
