package org.emotionworkbench.ui.compare;

import org.emotionworkbench.study.McNemar;

import java.util.Locale;

/**
 * One McNemar test as the tables show it: runs (or study sources) A and B, where they were evaluated and with
 * which seed (study only; null for runs), b = images only A got right, c = only B, the statistic and p, and the
 * verdict. {@value #ALPHA} is the significance level the verdict uses.
 */
public record McNemarRow(String a, String b, String evaluation, Long seed, int onlyA, int onlyB, int bothCorrect,
                         int bothWrong, double statistic, boolean exact, double p, String verdict) {
    public static final double ALPHA = 0.05;

    public static McNemarRow of(String a, String b, String evaluation, Long seed, McNemar t) {
        return new McNemarRow(a, b, evaluation, seed, t.onlyA(), t.onlyB(), t.bothCorrect(), t.bothWrong(),
                t.statistic(), t.exact(), t.pValue(), verdict(a, b, t));
    }

    /** Which is better: the one right more often where they disagree, if p is below {@value #ALPHA}. */
    static String verdict(String a, String b, McNemar t) {
        if (t.pValue() >= ALPHA || t.onlyA() == t.onlyB()) {
            return "no significant difference";
        }
        return (t.onlyA() > t.onlyB() ? a : b) + " is better";
    }

    /** "exact binomial" or "χ² = 12.90". */
    public String testText() {
        return exact ? "exact binomial" : String.format(Locale.ROOT, "χ² = %.2f", statistic);
    }

    public String pText() {
        return p < 1e-4 ? String.format(Locale.ROOT, "%.2e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
