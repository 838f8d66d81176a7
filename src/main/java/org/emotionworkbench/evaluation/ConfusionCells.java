package org.emotionworkbench.evaluation;

import org.emotionworkbench.dataset.Emotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run's predictions grouped by (true, predicted) cell, each cell's images ordered by confidence (the
 * probability of the predicted class, highest first; ties by file name). Predictions without a true label are left out.
 */
public final class ConfusionCells {
    private final List<List<List<Prediction>>> cells;

    private ConfusionCells(List<List<List<Prediction>>> cells) {
        this.cells = cells;
    }

    public static ConfusionCells of(List<Prediction> predictions) {
        List<List<List<Prediction>>> cells = new ArrayList<>();
        for (int t = 0; t < Emotion.COUNT; t++) {
            List<List<Prediction>> row = new ArrayList<>();
            for (int p = 0; p < Emotion.COUNT; p++) {
                row.add(new ArrayList<>());
            }
            cells.add(row);
        }
        for (Prediction p : predictions) {
            if (p.hasTrueLabel()) {
                cells.get(p.trueLabel().ordinal()).get(p.predicted().ordinal()).add(p);
            }
        }
        Comparator<Prediction> byConfidence = Comparator.<Prediction>comparingDouble(p -> -p.probability(p.predicted()))
                .thenComparing(Prediction::file);
        List<List<List<Prediction>>> frozen = new ArrayList<>();
        for (List<List<Prediction>> row : cells) {
            List<List<Prediction>> r = new ArrayList<>();
            for (List<Prediction> cell : row) {
                cell.sort(byConfidence);
                r.add(List.copyOf(cell));
            }
            frozen.add(List.copyOf(r));
        }
        return new ConfusionCells(List.copyOf(frozen));
    }

    /** The images of one cell, most confident first. */
    public List<Prediction> cell(Emotion trueLabel, Emotion predicted) {
        return cells.get(trueLabel.ordinal()).get(predicted.ordinal());
    }

    public int count(Emotion trueLabel, Emotion predicted) {
        return cell(trueLabel, predicted).size();
    }
}
