package org.emotionworkbench.study;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.evaluation.ClassificationReport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A group of runs taken as repeats of one setting (typically the same training data over several seeds): mean ± sd
 * over the runs of accuracy and macro precision/F1, and percentile bootstrap 95 % intervals of the mean over runs,
 * the test images resampled jointly for every run (as {@link StudySummary} does). Joint resampling needs every run
 * evaluated on the same images; when they were not, {@code sameImages} is false and the intervals are null.
 */
public record RunGroupStatistics(int runs, boolean sameImages, MeanSd accuracy, MeanSd macroPrecision,
                                 MeanSd macroF1, ConfidenceInterval accuracyCi, ConfidenceInterval macroPrecisionCi,
                                 ConfidenceInterval macroF1Ci) {

    public static RunGroupStatistics of(List<RunResults> runs, int resamples, long seed) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one run");
        }
        int k = runs.size();
        double[] acc = new double[k], mp = new double[k], mf = new double[k];
        for (int i = 0; i < k; i++) {
            ClassificationReport r = ClassificationReport.ofPresentClasses(runs.get(i).truth(), runs.get(i).predicted());
            acc[i] = r.accuracy();
            mp[i] = r.macroPrecision();
            mf[i] = r.macroF1();
        }
        boolean aligned = runs.stream().allMatch(r -> r.sameImagesAs(runs.get(0)));
        return new RunGroupStatistics(k, aligned, MeanSd.of(acc), MeanSd.of(mp), MeanSd.of(mf),
                aligned ? seedMeanInterval(runs, ClassificationReport::accuracy, resamples, seed) : null,
                aligned ? seedMeanInterval(runs, ClassificationReport::macroPrecision, resamples, seed) : null,
                aligned ? seedMeanInterval(runs, ClassificationReport::macroF1, resamples, seed) : null);
    }

    /**
     * Bootstrap of the mean over runs of a metric: the same resampled image indices for every run's predictions
     * (images are encoded as one index so that {@link Bootstrap} resamples them jointly); each run's report keeps
     * the classes of its own full report. Every run must have been evaluated on the same images.
     */
    public static ConfidenceInterval seedMeanInterval(List<RunResults> runs, ToDoubleFunction<ClassificationReport> metric,
                                                      int resamples, long seed) {
        int n = runs.get(0).predictions().size();
        int[][] truth = runs.stream().map(RunResults::truth).toArray(int[][]::new);
        int[][] pred = runs.stream().map(RunResults::predicted).toArray(int[][]::new);
        for (int[] t : truth) {
            if (t.length != n) {
                throw new IllegalArgumentException("runs evaluated on different numbers of images: " + t.length
                        + " vs " + n);
            }
        }
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        List<List<Emotion>> classes = new ArrayList<>();
        for (int r = 0; r < truth.length; r++) {
            classes.add(ClassificationReport.presentClasses(truth[r], pred[r])); // fixed per run, as its own report
        }
        Bootstrap.Metric m = (idx, unused) -> {
            double sum = 0;
            for (int r = 0; r < truth.length; r++) {
                int[] t = new int[idx.length];
                int[] p = new int[idx.length];
                for (int i = 0; i < idx.length; i++) {
                    t[i] = truth[r][idx[i]];
                    p[i] = pred[r][idx[i]];
                }
                sum += metric.applyAsDouble(ClassificationReport.over(t, p, classes.get(r)));
            }
            return sum / truth.length;
        };
        return Bootstrap.interval(index, index, m, resamples, 0.95, seed);
    }
}
