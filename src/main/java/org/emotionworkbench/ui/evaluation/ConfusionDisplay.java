package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.evaluation.ConfusionMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each confusion-matrix cell shows: its count, or its share of the true class's row (recall view, the engine's
 * {@link ConfusionMatrix#rowNormalized()}), as text and as a colour intensity in [0,1] (count / largest count, or
 * the row share). Classes are the matrix's, as emotions, in the matrix's order.
 */
public final class ConfusionDisplay {
    /** What the cells show. */
    public enum Mode { COUNTS, ROW_PERCENT }

    /** One cell as drawn. */
    public record Cell(CellKey key, int count, double value, String text, double intensity) {
    }

    private final ConfusionMatrix matrix;
    private final List<Emotion> classes;
    private final double[][] rowShare;
    private final int maxCount;

    public ConfusionDisplay(ConfusionMatrix matrix) {
        this.matrix = matrix;
        List<Emotion> cs = new ArrayList<>();
        for (String name : matrix.classNames()) {
            cs.add(Emotion.fromName(name).orElseThrow(() -> new IllegalArgumentException(
                    "confusion matrix has an unknown class '" + name + "'")));
        }
        this.classes = List.copyOf(cs);
        this.rowShare = matrix.rowNormalized();
        int max = 0;
        for (int t = 0; t < matrix.size(); t++) {
            for (int p = 0; p < matrix.size(); p++) {
                max = Math.max(max, matrix.count(t, p));
            }
        }
        this.maxCount = max;
    }

    public List<Emotion> classes() {
        return classes;
    }

    public ConfusionMatrix matrix() {
        return matrix;
    }

    /** Faces of this true class (the row's sum). */
    public int support(Emotion truth) {
        return matrix.support(classes.indexOf(truth));
    }

    public Cell cell(Emotion truth, Emotion predicted, Mode mode) {
        int t = index(truth);
        int p = index(predicted);
        int count = matrix.count(t, p);
        CellKey key = new CellKey(truth, predicted);
        if (mode == Mode.COUNTS) {
            return new Cell(key, count, count, Integer.toString(count), maxCount == 0 ? 0 : (double) count / maxCount);
        }
        double share = rowShare[t][p];
        return new Cell(key, count, share, String.format(Locale.ROOT, "%.0f%%", share * 100), share);
    }

    private int index(Emotion e) {
        int i = classes.indexOf(e);
        if (i < 0) {
            throw new IllegalArgumentException("class " + e + " is not in this confusion matrix");
        }
        return i;
    }
}
