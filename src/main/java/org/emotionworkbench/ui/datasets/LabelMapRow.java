package org.emotionworkbench.ui.datasets;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One class folder in the label-map editor: its name, images, the class chosen for it (or skip) and why. */
public final class LabelMapRow {
    private final String folder;
    private final int images;
    private final String suggestion;
    private final StringProperty choice;

    LabelMapRow(String folder, int images, String choice, String suggestion) {
        this.folder = folder;
        this.images = images;
        this.choice = new SimpleStringProperty(choice);
        this.suggestion = suggestion;
    }

    public String folder() {
        return folder;
    }

    public int images() {
        return images;
    }

    /** A class label (angry … surprise) or {@value LabelMapEditorModel#SKIP}. */
    public StringProperty choiceProperty() {
        return choice;
    }

    /** Where the first choice came from: "English name", "dictionary: marah", "saved map", "no suggestion". */
    public String suggestion() {
        return suggestion;
    }
}
