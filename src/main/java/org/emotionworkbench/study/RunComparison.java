package org.emotionworkbench.study;

import org.emotionworkbench.evaluation.ClassificationReport;

import java.util.ArrayList;
import java.util.List;

/**
 * Side-by-side figures for several evaluated runs: accuracy and macro precision/recall/F1 with bootstrap 95 %
 * intervals, weighted F1, expected calibration error, and McNemar's test for every pair evaluated on the same images.
 */
public record RunComparison(List<Row> rows, List<Pair> pairs) {

    public record Row(String name, String model, String trainedOn, String evaluatedOn, int images,
                      ConfidenceInterval accuracy, ConfidenceInterval macroPrecision, ConfidenceInterval macroRecall,
                      ConfidenceInterval macroF1, double weightedF1, double ece) {
    }

    public record Pair(String a, String b, McNemar test) {
    }

    public static RunComparison of(List<RunResults> runs, int resamples, long seed) {
        List<Row> rows = new ArrayList<>();
        for (RunResults r : runs) {
            int[] t = r.truth();
            int[] p = r.predicted();
            java.util.List<org.emotionworkbench.dataset.Emotion> classes = ClassificationReport.presentClasses(t, p);
            ClassificationReport report = ClassificationReport.over(t, p, classes);
            rows.add(new Row(r.name(),
                    r.config() == null ? "?" : r.config().modelName(),
                    r.config() == null ? "?" : r.config().data().trainRoot(),
                    r.config() == null ? "?" : r.config().evaluatedOn(),
                    t.length,
                    Bootstrap.interval(t, p, (x, y) -> ClassificationReport.over(x, y, classes).accuracy(), resamples, 0.95, seed),
                    Bootstrap.interval(t, p, (x, y) -> ClassificationReport.over(x, y, classes).macroPrecision(), resamples, 0.95, seed),
                    Bootstrap.interval(t, p, (x, y) -> ClassificationReport.over(x, y, classes).macroRecall(), resamples, 0.95, seed),
                    Bootstrap.interval(t, p, (x, y) -> ClassificationReport.over(x, y, classes).macroF1(), resamples, 0.95, seed),
                    report.weightedF1(),
                    Calibration.of(r.probabilities(), t, 10).expectedCalibrationError()));
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                if (runs.get(i).sameImagesAs(runs.get(j))) {
                    pairs.add(new Pair(runs.get(i).name(), runs.get(j).name(),
                            McNemar.test(runs.get(i).correct(), runs.get(j).correct())));
                }
            }
        }
        return new RunComparison(rows, pairs);
    }
}
