package org.emotionworkbench.explain.render;

import java.util.Locale;

/** Maps a value in [0,1] to a colour: jet (MATLAB's formula), viridis and inferno (matplotlib's, 11 stops, linear between). */
public enum Colormap {
    JET(null),
    VIRIDIS(new int[]{0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151,
            0xbddf26, 0xfde725}),
    INFERNO(new int[]{0x000004, 0x160b39, 0x420a68, 0x6a176e, 0x932667, 0xbc3754, 0xdd513a, 0xf37819, 0xfca50a,
            0xf6d746, 0xfcffa4});

    private final int[] stops;

    Colormap(int[] stops) {
        this.stops = stops;
    }

    /** 0xRRGGBB for {@code t} (clamped to [0,1]). */
    public int rgb(double t) {
        double v = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        if (stops == null) {
            return pack(clamp(1.5 - Math.abs(4 * v - 3)), clamp(1.5 - Math.abs(4 * v - 2)), clamp(1.5 - Math.abs(4 * v - 1)));
        }
        double pos = v * (stops.length - 1);
        int i = Math.min((int) pos, stops.length - 2);
        double f = pos - i;
        int a = stops[i];
        int b = stops[i + 1];
        return pack(lerp(a >> 16, b >> 16, f), lerp((a >> 8) & 0xff, (b >> 8) & 0xff, f), lerp(a & 0xff, b & 0xff, f));
    }

    private static double lerp(int a, int b, double f) {
        return ((a & 0xff) + ((b & 0xff) - (a & 0xff)) * f) / 255.0;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static int pack(double r, double g, double b) {
        return ((int) Math.round(r * 255) << 16) | ((int) Math.round(g * 255) << 8) | (int) Math.round(b * 255);
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Colormap parse(String name) {
        for (Colormap c : values()) {
            if (c.name().equalsIgnoreCase(name.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown colormap '" + name + "'; use jet, viridis or inferno");
    }
}
