package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.dataset.Emotion;

import java.util.Objects;

/** One cell of the confusion matrix: faces of class {@code truth} that the model predicted as {@code predicted}. */
public record CellKey(Emotion truth, Emotion predicted) {
    public CellKey {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
    }

    /** The node id of the cell: {@code cell-<true>-<predicted>}. */
    public String nodeId() {
        return "cell-" + truth.label() + "-" + predicted.label();
    }

    public String description() {
        return truth.label() + " predicted as " + predicted.label();
    }
}
