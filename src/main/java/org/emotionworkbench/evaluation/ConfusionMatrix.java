package org.emotionworkbench.evaluation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.emotionworkbench.dataset.Emotion;

/**
 * Confusion matrix: {@code counts[t][p]} is the number of samples whose true class is {@code t} and whose
 * predicted class is {@code p} (indices into {@link #classNames()}), like sklearn's {@code confusion_matrix}.
 *
 * <p>CSV layout ({@link #toCsv()} / {@link #fromCsv(String)}), {@code \n} line endings, no trailing blank line
 * beyond the final newline:
 * <pre>
 * true\predicted,angry,disgust,fear,happy,neutral,sad,surprise
 * angry,11,2,1,0,3,2,3
 * ...
 * </pre>
 * The first header cell is the literal {@code true\predicted}; the other header cells are the predicted classes;
 * each following row starts with the true class name followed by its counts. Rows and columns are in the same
 * class order. Class names are RFC-4180 quoted if they contain a comma, quote or line break.
 */
public record ConfusionMatrix(List<String> classNames, int[][] counts) {

    /** First header cell of the CSV layout. */
    public static final String CORNER = "true\\predicted";

    public ConfusionMatrix {
        if (classNames == null || counts == null) {
            throw new IllegalArgumentException("classNames and counts must not be null");
        }
        classNames = List.copyOf(classNames);
        int k = classNames.size();
        if (k == 0) {
            throw new IllegalArgumentException("need at least one class");
        }
        if (new HashSet<>(classNames).size() != k) {
            throw new IllegalArgumentException("duplicate class names: " + classNames);
        }
        if (counts.length != k) {
            throw new IllegalArgumentException("counts has " + counts.length + " rows, expected " + k);
        }
        int[][] copy = new int[k][];
        for (int t = 0; t < k; t++) {
            if (counts[t] == null || counts[t].length != k) {
                throw new IllegalArgumentException("counts row " + t + " must have " + k + " columns");
            }
            for (int v : counts[t]) {
                if (v < 0) {
                    throw new IllegalArgumentException("negative count in row " + t);
                }
            }
            copy[t] = counts[t].clone();
        }
        counts = copy;
    }

    /** Counts index pairs over the seven emotions in canonical order. */
    public static ConfusionMatrix of(int[] trueIdx, int[] predIdx) {
        return of(trueIdx, predIdx, Emotion.labels());
    }

    /** Counts index pairs; every index must be in {@code [0, classNames.size())}. */
    public static ConfusionMatrix of(int[] trueIdx, int[] predIdx, List<String> classNames) {
        if (trueIdx == null || predIdx == null || classNames == null) {
            throw new IllegalArgumentException("arguments must not be null");
        }
        if (trueIdx.length != predIdx.length) {
            throw new IllegalArgumentException(
                    "trueIdx has " + trueIdx.length + " entries but predIdx has " + predIdx.length);
        }
        int k = classNames.size();
        int[][] counts = new int[k][k];
        for (int i = 0; i < trueIdx.length; i++) {
            int t = trueIdx[i];
            int p = predIdx[i];
            if (t < 0 || t >= k || p < 0 || p >= k) {
                throw new IllegalArgumentException(
                        "sample " + i + ": index out of range [0," + k + "): true=" + t + " pred=" + p);
            }
            counts[t][p]++;
        }
        return new ConfusionMatrix(classNames, counts);
    }

    /** Counts pairs given by class name; every name must be one of {@code classNames}. */
    public static ConfusionMatrix ofLabels(List<String> trueLabels, List<String> predLabels, List<String> classNames) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classNames.size(); i++) {
            index.put(classNames.get(i), i);
        }
        return of(toIndices(trueLabels, index), toIndices(predLabels, index), classNames);
    }

    private static int[] toIndices(List<String> labels, Map<String, Integer> index) {
        int[] out = new int[labels.size()];
        for (int i = 0; i < out.length; i++) {
            Integer idx = index.get(labels.get(i));
            if (idx == null) {
                throw new IllegalArgumentException("unknown class name at sample " + i + ": " + labels.get(i));
            }
            out[i] = idx;
        }
        return out;
    }

    public int size() {
        return classNames.size();
    }

    /** A defensive copy of the counts. */
    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    public int count(int trueIndex, int predIndex) {
        return counts[trueIndex][predIndex];
    }

    /** Number of samples whose true class is {@code t} (row sum). */
    public int support(int t) {
        int s = 0;
        for (int v : counts[t]) {
            s += v;
        }
        return s;
    }

    /** Number of samples predicted as {@code p} (column sum). */
    public int predictedCount(int p) {
        int s = 0;
        for (int[] row : counts) {
            s += row[p];
        }
        return s;
    }

    public int total() {
        int s = 0;
        for (int t = 0; t < counts.length; t++) {
            s += support(t);
        }
        return s;
    }

    /** Sum of the diagonal. */
    public int correct() {
        int s = 0;
        for (int i = 0; i < counts.length; i++) {
            s += counts[i][i];
        }
        return s;
    }

    /** Each row divided by its sum (recall view); rows of a class without samples are all zero. */
    public double[][] rowNormalized() {
        int k = counts.length;
        double[][] out = new double[k][k];
        for (int t = 0; t < k; t++) {
            int s = support(t);
            if (s == 0) {
                continue;
            }
            for (int p = 0; p < k; p++) {
                out[t][p] = (double) counts[t][p] / s;
            }
        }
        return out;
    }

    /** The CSV layout described in the class comment. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        String[] header = new String[size() + 1];
        header[0] = CORNER;
        for (int i = 0; i < size(); i++) {
            header[i + 1] = classNames.get(i);
        }
        sb.append(Csv.row(Arrays.asList(header)));
        for (int t = 0; t < size(); t++) {
            String[] row = new String[size() + 1];
            row[0] = classNames.get(t);
            for (int p = 0; p < size(); p++) {
                row[p + 1] = Integer.toString(counts[t][p]);
            }
            sb.append(Csv.row(Arrays.asList(row)));
        }
        return sb.toString();
    }

    /** Parses {@link #toCsv()} output; row class names must match the header's, in the same order. */
    public static ConfusionMatrix fromCsv(String csv) {
        List<List<String>> rows = Csv.parse(csv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("empty confusion CSV");
        }
        List<String> header = rows.get(0);
        if (!CORNER.equals(header.get(0))) {
            throw new IllegalArgumentException("first header cell must be " + CORNER + " but was " + header.get(0));
        }
        List<String> names = header.subList(1, header.size());
        int k = names.size();
        if (rows.size() - 1 != k) {
            throw new IllegalArgumentException("expected " + k + " data rows but found " + (rows.size() - 1));
        }
        int[][] counts = new int[k][k];
        for (int t = 0; t < k; t++) {
            List<String> row = rows.get(t + 1);
            if (row.size() != k + 1) {
                throw new IllegalArgumentException("row " + (t + 2) + " has " + row.size() + " cells, expected " + (k + 1));
            }
            if (!row.get(0).equals(names.get(t))) {
                throw new IllegalArgumentException(
                        "row " + (t + 2) + " is class " + row.get(0) + " but header order expects " + names.get(t));
            }
            for (int p = 0; p < k; p++) {
                try {
                    counts[t][p] = Integer.parseInt(row.get(p + 1).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("row " + (t + 2) + ": not a count: " + row.get(p + 1), e);
                }
            }
        }
        return new ConfusionMatrix(names, counts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix other
                && classNames.equals(other.classNames)
                && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * classNames.hashCode() + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + classNames + Arrays.deepToString(counts);
    }
}
