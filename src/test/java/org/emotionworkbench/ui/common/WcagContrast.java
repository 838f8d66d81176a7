package org.emotionworkbench.ui.common;

/** WCAG 2 contrast ratio of two sRGB colours, from 1:1 (same) to 21:1 (black on white); AA asks 4.5:1 for text. */
final class WcagContrast {
    private WcagContrast() {
    }

    static double ratio(String hexA, String hexB) {
        double a = luminance(hexA);
        double b = luminance(hexB);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Relative luminance of "#rrggbb". */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.replace("#", ""), 16);
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
