package org.emotionworkbench.study;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability diagram and expected calibration error (ECE): predictions binned by confidence (the top-class
 * probability) into equal-width bins over [0,1]; ECE = Σ (n_b / N) · |accuracy_b − confidence_b|.
 */
public record Calibration(List<Bin> bins, double expectedCalibrationError) {

    /** One bin: its range, how many predictions fell in it, their mean confidence and their accuracy. */
    public record Bin(double lower, double upper, int count, double meanConfidence, double accuracy) {
    }

    public static Calibration of(float[][] probabilities, int[] truth, int binCount) {
        if (binCount < 1) {
            throw new IllegalArgumentException("need at least one calibration bin, got " + binCount);
        }
        if (probabilities.length != truth.length || truth.length == 0) {
            throw new IllegalArgumentException("need as many (non-zero) probability rows as true labels");
        }
        int[] count = new int[binCount];
        double[] confidence = new double[binCount];
        int[] correct = new int[binCount];
        for (int i = 0; i < truth.length; i++) {
            float[] p = probabilities[i];
            int top = org.emotionworkbench.model.Inference.argmax(p);
            int b = Math.min(binCount - 1, (int) (p[top] * binCount));
            count[b]++;
            confidence[b] += p[top];
            if (top == truth[i]) {
                correct[b]++;
            }
        }
        List<Bin> bins = new ArrayList<>(binCount);
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            double meanConf = count[b] == 0 ? 0 : confidence[b] / count[b];
            double acc = count[b] == 0 ? 0 : (double) correct[b] / count[b];
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, count[b], meanConf, acc));
            ece += (double) count[b] / truth.length * Math.abs(acc - meanConf);
        }
        return new Calibration(bins, ece);
    }
}
