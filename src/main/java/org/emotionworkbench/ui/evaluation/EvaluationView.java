package org.emotionworkbench.ui.evaluation;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.emotionworkbench.ui.WorkbenchContext;

/** The Evaluation screen (placeholder until its view is built). */
public final class EvaluationView extends BorderPane {
    public EvaluationView(WorkbenchContext context) {
        setCenter(new Label("Evaluation"));
    }
}
