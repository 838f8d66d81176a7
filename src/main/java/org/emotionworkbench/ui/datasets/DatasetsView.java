package org.emotionworkbench.ui.datasets;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.emotionworkbench.ui.WorkbenchContext;

/** The Datasets screen (placeholder until its view is built). */
public final class DatasetsView extends BorderPane {
    public DatasetsView(WorkbenchContext context) {
        setCenter(new Label("Datasets"));
    }
}
