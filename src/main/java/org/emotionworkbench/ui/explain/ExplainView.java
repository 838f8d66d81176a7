package org.emotionworkbench.ui.explain;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.emotionworkbench.ui.WorkbenchContext;

/** The Explain screen (placeholder until its view is built). */
public final class ExplainView extends BorderPane {
    public ExplainView(WorkbenchContext context) {
        setCenter(new Label("Explain"));
    }
}
