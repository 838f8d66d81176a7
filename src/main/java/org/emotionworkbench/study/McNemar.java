package org.emotionworkbench.study;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * McNemar's test for two classifiers on the same test images: only the discordant pairs count (b = A right and
 * B wrong, c = A wrong and B right). With fewer than {@value #EXACT_BELOW} discordant pairs the exact two-sided
 * binomial test is used; otherwise the chi-square statistic with continuity correction, (|b − c| − 1)² / (b + c).
 */
public record McNemar(int bothCorrect, int onlyA, int onlyB, int bothWrong, double statistic, double pValue,
                      boolean exact) {
    public static final int EXACT_BELOW = 25;

    public static McNemar test(boolean[] aCorrect, boolean[] bCorrect) {
        if (aCorrect.length != bCorrect.length) {
            throw new IllegalArgumentException("McNemar needs both models on the same images: " + aCorrect.length
                    + " vs " + bCorrect.length + " predictions");
        }
        int both = 0, onlyA = 0, onlyB = 0, neither = 0;
        for (int i = 0; i < aCorrect.length; i++) {
            if (aCorrect[i] && bCorrect[i]) {
                both++;
            } else if (aCorrect[i]) {
                onlyA++;
            } else if (bCorrect[i]) {
                onlyB++;
            } else {
                neither++;
            }
        }
        int discordant = onlyA + onlyB;
        if (discordant == 0) {
            return new McNemar(both, onlyA, onlyB, neither, 0, 1.0, true);
        }
        if (discordant < EXACT_BELOW) {
            BinomialDistribution bin = new BinomialDistribution(null, discordant, 0.5);
            double p = Math.min(1.0, 2 * bin.cumulativeProbability(Math.min(onlyA, onlyB)));
            return new McNemar(both, onlyA, onlyB, neither, Math.min(onlyA, onlyB), p, true);
        }
        double d = Math.abs(onlyA - onlyB) - 1.0;
        double chi2 = Math.max(d, 0) * Math.max(d, 0) / discordant;
        // χ²(1) survival function, accurate far into the tail (1 − cdf would round to 0 below ~1e-16)
        double p = chi2 == 0 ? 1.0 : Gamma.regularizedGammaQ(0.5, chi2 / 2);
        return new McNemar(both, onlyA, onlyB, neither, chi2, p, false);
    }
}
