package org.emotionworkbench.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One evaluation set of the study being built: every model is tested on it. */
public final class StudyEvaluationRow {
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty data = new SimpleStringProperty();
    private final BooleanProperty sharedClasses = new SimpleBooleanProperty(false);

    public StudyEvaluationRow(String name, String data) {
        this.name.set(name);
        this.data.set(data);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty dataProperty() {
        return data;
    }

    /** Score only the classes a model was trained on and the set has (a 5-class synthetic set vs FER2013's 7). */
    public BooleanProperty sharedClassesProperty() {
        return sharedClasses;
    }
}
