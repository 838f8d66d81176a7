package org.emotionworkbench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a model wants its pixels: each value fed is {@code (p - mean[c]) / std[c]} where {@code p} is the pixel in
 * 0…255 and {@code c} the channel (one mean/std for all channels, or one per channel). The workbench's own models take
 * {@link #UNIT} ([0, 1]); Keras FER models often take {@link #SYMMETRIC} ([-1, 1]); ImageNet models mean/std per
 * channel.
 */
public record PixelScaling(float[] mean, float[] std) {
    /** p / 255: pixels in [0, 1]. */
    public static final PixelScaling UNIT = new PixelScaling(new float[]{0f}, new float[]{255f});
    /** (p / 255 - 0.5) * 2: pixels in [-1, 1]. */
    public static final PixelScaling SYMMETRIC = new PixelScaling(new float[]{127.5f}, new float[]{127.5f});

    @JsonCreator
    public PixelScaling(@JsonProperty("mean") float[] mean, @JsonProperty("std") float[] std) {
        if (mean == null || std == null || mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("pixel scaling needs as many means as standard deviations (one, or one "
                    + "per channel), got " + Arrays.toString(mean) + " and " + Arrays.toString(std));
        }
        for (float s : std) {
            if (!(s > 0) || !Float.isFinite(s)) {
                throw new IllegalArgumentException("a standard deviation must be positive, got " + s);
            }
        }
        for (float m : mean) {
            if (!Float.isFinite(m)) {
                throw new IllegalArgumentException("a mean must be a finite number, got " + m);
            }
        }
        this.mean = mean.clone();
        this.std = std.clone();
    }

    /**
     * "0,1" or "-1,1" (the two ranges this tool knows by name).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static PixelScaling ofRange(String range) {
        String r = range.replace(" ", "");
        return switch (r) {
            case "0,1" -> UNIT;
            case "-1,1" -> SYMMETRIC;
            default -> throw new IllegalArgumentException("unknown pixel range '" + range + "': use 0,1 or -1,1, or give "
                    + "--mean and --std (on the 0-255 pixel scale)");
        };
    }

    /** Means and standard deviations written as comma lists on the 0-255 scale ("127.5" or "103.9,116.8,123.7"). */
    public static PixelScaling ofMeanStd(String mean, String std) {
        return new PixelScaling(floats(mean, "--mean"), floats(std, "--std"));
    }

    private static float[] floats(String list, String what) {
        String[] parts = list.split(",");
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Float.parseFloat(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be numbers separated by commas, got '" + list + "'");
            }
        }
        return out;
    }

    /** Whether this scaling can feed a model with {@code channels} channels (one value for all, or one each). */
    public boolean fits(int channels) {
        return mean.length == 1 || mean.length == channels;
    }

    /** The value fed for a pixel given in [0, 1] (the workbench's samples) on channel {@code c}. */
    public float apply(float unitPixel, int c) {
        int i = mean.length == 1 ? 0 : c;
        if (mean[i] == 0f && std[i] == 255f) {
            return unitPixel; // exactly the sample, as the workbench's own networks were trained on (p·255/255 may round)
        }
        return (unitPixel * 255f - mean[i]) / std[i];
    }

    /** d{@link #apply}/d(unitPixel) on channel {@code c}: 255 / std. */
    public double slope(int c) {
        return 255.0 / std[mean.length == 1 ? 0 : c];
    }

    /** "[0, 1]", "[-1, 1]" or "(p - mean) / std with mean … std …". */
    public String describe() {
        if (equals(UNIT)) {
            return "[0, 1]";
        }
        if (equals(SYMMETRIC)) {
            return "[-1, 1]";
        }
        return String.format(Locale.ROOT, "(p - mean) / std, p in 0-255, mean %s, std %s", Arrays.toString(mean),
                Arrays.toString(std));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PixelScaling p && Arrays.equals(mean, p.mean) && Arrays.equals(std, p.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return describe();
    }
}
