package org.emotionworkbench.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emotionworkbench.dataset.Emotion;

/**
 * Per-class precision, recall, F1 and support plus accuracy, macro and weighted averages, with exactly the
 * semantics of scikit-learn's {@code classification_report(y_true, y_pred, labels=<all classes>,
 * zero_division=0)}:
 * <ul>
 *   <li>every class is listed, also one with zero support; a class never predicted has precision 0, a class
 *       without samples recall 0, and F1 is 0 when precision + recall = 0;</li>
 *   <li>macro avg is the unweighted mean over all listed classes (zero-support classes included), weighted avg
 *       is weighted by support; the support of every average is the total number of samples;</li>
 *   <li>{@code micro} holds the micro average (precision = recall = accuracy). Like sklearn, it is reported as
 *       {@code "accuracy"} when every listed class occurs in the true or the predicted labels, and as
 *       {@code "micro avg"} otherwise (see {@link #microIsAccuracy()}). {@link #accuracy()} works in both cases.</li>
 * </ul>
 * Sums are taken in numpy's order, so values equal sklearn's to the last bit. See {@link #toJson()},
 * {@link #toText()} and {@link #fromJson(String)} for the serialised forms.
 */
public record ClassificationReport(
        List<MetricRow> classes, MetricRow micro, boolean microIsAccuracy, MetricRow macroAvg, MetricRow weightedAvg) {

    public static final String ACCURACY = "accuracy";
    public static final String MICRO_AVG = "micro avg";
    public static final String MACRO_AVG = "macro avg";
    public static final String WEIGHTED_AVG = "weighted avg";
    static final Set<String> RESERVED = Set.of(ACCURACY, MICRO_AVG, MACRO_AVG, WEIGHTED_AVG, ClassSubset.REPORT_KEY);

    public ClassificationReport {
        if (classes == null || micro == null || macroAvg == null || weightedAvg == null) {
            throw new IllegalArgumentException("rows must not be null");
        }
        classes = List.copyOf(classes);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("need at least one class");
        }
        Set<String> seen = new HashSet<>();
        for (MetricRow row : classes) {
            if (RESERVED.contains(row.name())) {
                throw new IllegalArgumentException("class name collides with an average key: " + row.name());
            }
            if (!seen.add(row.name())) {
                throw new IllegalArgumentException("duplicate class name: " + row.name());
            }
        }
        requireName(micro, microIsAccuracy ? ACCURACY : MICRO_AVG);
        requireName(macroAvg, MACRO_AVG);
        requireName(weightedAvg, WEIGHTED_AVG);
    }

    private static void requireName(MetricRow row, String expected) {
        if (!expected.equals(row.name())) {
            throw new IllegalArgumentException("expected row '" + expected + "' but got '" + row.name() + "'");
        }
    }

    /** Report over the seven emotions in canonical order. */
    public static ClassificationReport of(int[] trueIdx, int[] predIdx) {
        return of(ConfusionMatrix.of(trueIdx, predIdx));
    }

    public static ClassificationReport of(int[] trueIdx, int[] predIdx, List<String> classNames) {
        return of(ConfusionMatrix.of(trueIdx, predIdx, classNames));
    }

    /**
     * Report over the emotions that occur as a true or a predicted class (sklearn's default {@code labels}), in
     * canonical order — what run reports use, so that a 5-class evaluation is averaged over 5 classes, not 7.
     */
    public static ClassificationReport ofPresentClasses(int[] trueIdx, int[] predIdx) {
        return over(trueIdx, predIdx, presentClasses(trueIdx, predIdx));
    }

    /** The emotions that occur in any of the given index arrays, in canonical order. */
    public static List<Emotion> presentClasses(int[]... indices) {
        boolean[] present = new boolean[Emotion.COUNT];
        for (int[] a : indices) {
            for (int i : a) {
                present[i] = true;
            }
        }
        return java.util.Arrays.stream(Emotion.values()).filter(e -> present[e.ordinal()]).toList();
    }

    /**
     * Report over a fixed set of emotions (canonical indices in, rows for exactly these classes out), e.g. the classes
     * of a whole test set while bootstrapping resamples of it. Every index must belong to the set.
     */
    public static ClassificationReport over(int[] trueIdx, int[] predIdx, List<Emotion> classes) {
        int[] remap = new int[Emotion.COUNT];
        java.util.Arrays.fill(remap, -1);
        for (int k = 0; k < classes.size(); k++) {
            remap[classes.get(k).ordinal()] = k;
        }
        int[] t = new int[trueIdx.length];
        int[] p = new int[predIdx.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = remap[trueIdx[i]];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = remap[predIdx[i]];
        }
        return of(t, p, classes.stream().map(Emotion::label).toList());
    }

    /** Computes the report from a confusion matrix (rows = true, columns = predicted). */
    public static ClassificationReport of(ConfusionMatrix cm) {
        int k = cm.size();
        int total = cm.total();
        if (total == 0) {
            throw new IllegalArgumentException("cannot report on zero samples");
        }
        double[] p = new double[k];
        double[] r = new double[k];
        double[] f = new double[k];
        double[] pw = new double[k];
        double[] rw = new double[k];
        double[] fw = new double[k];
        double[] w = new double[k];
        List<MetricRow> rows = new ArrayList<>(k);
        int tpSum = 0;
        int predSum = 0;
        boolean everyClassPresent = true;
        for (int c = 0; c < k; c++) {
            int tp = cm.count(c, c);
            int pred = cm.predictedCount(c);
            int support = cm.support(c);
            tpSum += tp;
            predSum += pred;
            everyClassPresent &= pred > 0 || support > 0;
            p[c] = divide(tp, pred);
            r[c] = divide(tp, support);
            f[c] = f1(p[c], r[c]);
            w[c] = support;
            pw[c] = p[c] * w[c];
            rw[c] = r[c] * w[c];
            fw[c] = f[c] * w[c];
            rows.add(new MetricRow(cm.classNames().get(c), p[c], r[c], f[c], support));
        }
        double microP = divide(tpSum, predSum);
        double microR = divide(tpSum, total);
        MetricRow micro = new MetricRow(everyClassPresent ? ACCURACY : MICRO_AVG,
                microP, microR, f1(microP, microR), total);
        MetricRow macro = new MetricRow(MACRO_AVG,
                NumpySum.sum(p) / k, NumpySum.sum(r) / k, NumpySum.sum(f) / k, total);
        double wSum = NumpySum.sum(w);
        MetricRow weighted = new MetricRow(WEIGHTED_AVG,
                NumpySum.sum(pw) / wSum, NumpySum.sum(rw) / wSum, NumpySum.sum(fw) / wSum, total);
        return new ClassificationReport(rows, micro, everyClassPresent, macro, weighted);
    }

    private static double divide(int num, int den) {
        return den == 0 ? 0.0 : (double) num / (double) den;
    }

    /** sklearn's F-beta with beta = 1: {@code (1 + 1) * p * r / (1 * p + r)}, 0 when the denominator is 0. */
    static double f1(double p, double r) {
        double denom = p + r;
        return denom == 0.0 ? 0.0 : 2.0 * p * r / denom;
    }

    /** Fraction of samples whose prediction equals the true class. */
    public double accuracy() {
        return micro.precision();
    }

    /** Number of samples. */
    public int totalSupport() {
        return macroAvg.support();
    }

    public double macroPrecision() {
        return macroAvg.precision();
    }

    public double macroRecall() {
        return macroAvg.recall();
    }

    public double macroF1() {
        return macroAvg.f1Score();
    }

    public double weightedPrecision() {
        return weightedAvg.precision();
    }

    public double weightedRecall() {
        return weightedAvg.recall();
    }

    public double weightedF1() {
        return weightedAvg.f1Score();
    }

    public List<String> classNames() {
        return classes.stream().map(MetricRow::name).toList();
    }

    /** The row of the named class; throws if there is no such class. */
    public MetricRow forClass(String name) {
        for (MetricRow row : classes) {
            if (row.name().equals(name)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no class '" + name + "' in report " + classNames());
    }

    public MetricRow forClass(Emotion emotion) {
        return forClass(emotion.label());
    }

    public double precision(String className) {
        return forClass(className).precision();
    }

    public double recall(String className) {
        return forClass(className).recall();
    }

    public double f1(String className) {
        return forClass(className).f1Score();
    }

    public int support(String className) {
        return forClass(className).support();
    }

    /** sklearn's {@code output_dict=True} as JSON; see {@link ClassificationReportJson}. */
    public String toJson() {
        return ClassificationReportJson.write(this);
    }

    /** Reads what {@link #toJson()} or sklearn's {@code json.dumps(output_dict)} produced. */
    public static ClassificationReport fromJson(String json) {
        return ClassificationReportJson.read(json);
    }

    /** sklearn's text report with {@code digits=2}, character for character. */
    public String toText() {
        return ClassificationReportText.format(this, 2);
    }

    /** sklearn's text report with the given number of digits. */
    public String toText(int digits) {
        return ClassificationReportText.format(this, digits);
    }
}
