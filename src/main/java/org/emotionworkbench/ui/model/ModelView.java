package org.emotionworkbench.ui.model;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.emotionworkbench.ui.WorkbenchContext;

/** The Model screen (placeholder until its view is built). */
public final class ModelView extends BorderPane {
    public ModelView(WorkbenchContext context) {
        setCenter(new Label("Model"));
    }
}
