package org.emotionworkbench.ui.explain;

import java.util.Locale;

/**
 * The trust figures in words: a drop is said as "lowers p(happy) by 0.06", a negative drop as "raises p(happy) by
 * 0.06", never "by -0.06".
 */
final class TrustWording {
    private TrustWording() {
    }

    static String describe(double score, String target, double hotDrop, double randomDrop) {
        return String.format(Locale.ROOT, "Trust %+.2f: blurring the hottest 20 %% of pixels %s, random pixels %s.",
                score, change(hotDrop, "p(" + target + ")"), change(randomDrop, "it"));
    }

    /** "lowers p(x) by 0.06", "raises p(x) by 0.06" or "leaves p(x) as it is". */
    static String change(double drop, String what) {
        if (Math.abs(drop) < 0.005) {
            return "leaves " + what + " as it is";
        }
        return String.format(Locale.ROOT, "%s %s by %.2f", drop > 0 ? "lowers" : "raises", what, Math.abs(drop));
    }
}
