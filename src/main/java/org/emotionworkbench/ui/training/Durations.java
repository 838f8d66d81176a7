package org.emotionworkbench.ui.training;

import java.util.Locale;

/** Durations as people read them: 0:42, 12:05, 1:02:30. */
final class Durations {
    private Durations() {
    }

    static String format(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "–";
        }
        long s = Math.round(seconds);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }
}
