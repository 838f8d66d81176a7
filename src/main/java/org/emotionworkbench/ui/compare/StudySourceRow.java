package org.emotionworkbench.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emotionworkbench.training.Balancing;

/**
 * One training source of the study being built: a name, a dataset, and how it is prepared; optionally a run folder or
 * model file to fine-tune instead of training the study's model ({@code from}, with {@code freeze} and {@code head}).
 */
public final class StudySourceRow {
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty data = new SimpleStringProperty();
    private final ObjectProperty<Balancing> balancing = new SimpleObjectProperty<>(Balancing.NONE);
    private final BooleanProperty augment = new SimpleBooleanProperty(true);
    private final BooleanProperty consolidate = new SimpleBooleanProperty(false);
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty freeze = new SimpleStringProperty("");
    private final StringProperty head = new SimpleStringProperty("");

    public StudySourceRow(String name, String data) {
        this.name.set(name);
        this.data.set(data);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty dataProperty() {
        return data;
    }

    public ObjectProperty<Balancing> balancingProperty() {
        return balancing;
    }

    /** The Pisa recipe's augmentation (rotation 10°, zoom 0.15, shifts 0.1, shear 0.15, no flips). */
    public BooleanProperty augmentProperty() {
        return augment;
    }

    /** Train on train+test together (for data whose test split is not wanted as a test set). */
    public BooleanProperty consolidateProperty() {
        return consolidate;
    }

    /** A run folder, Keras .h5 or DL4J .zip to fine-tune on this source (blank: train the study's model). */
    public StringProperty fromProperty() {
        return from;
    }

    /** As {@code train --freeze}: a layer name or a count (blank: nothing frozen). */
    public StringProperty freezeProperty() {
        return freeze;
    }

    /** As {@code train --head}, e.g. dense:128,dropout:0.5 (blank: keep the parent's output). */
    public StringProperty headProperty() {
        return head;
    }
}
