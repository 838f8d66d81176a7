package org.emotionworkbench.ui.compare;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.emotionworkbench.ui.WorkbenchContext;

/** The Compare screen (placeholder until its view is built). */
public final class CompareView extends BorderPane {
    public CompareView(WorkbenchContext context) {
        setCenter(new Label("Compare"));
    }
}
