package org.emotionworkbench.dataset;

import java.util.Objects;

/**
 * Random-augmentation ranges with the meaning of Keras' {@code ImageDataGenerator} arguments of the same names.
 *
 * @param rotationRange    degrees; the angle is drawn uniformly in {@code [-rotationRange, rotationRange]}
 * @param zoomRange        {@code z}: zoom factors are drawn uniformly in {@code [1-z, 1+z]}, independently for the
 *                         row (Keras' {@code zx}) and column ({@code zy}) axes; a factor above 1 zooms out
 * @param widthShiftRange  fraction of the width; the column shift is drawn uniformly in {@code ±range × width}
 * @param heightShiftRange fraction of the height; the row shift is drawn uniformly in {@code ±range × height}
 * @param shearRange       shear angle in DEGREES (Keras: "Shear angle in counter-clockwise direction in degrees"),
 *                         drawn uniformly in {@code [-shearRange, shearRange]}
 * @param horizontalFlip   mirror left-right with probability 1/2
 * @param verticalFlip     mirror top-bottom with probability 1/2
 * @param fillMode         how points outside the input are filled
 * @param cval             the fill value for {@link FillMode#CONSTANT}, in [0,1]
 */
public record AugmentationOptions(
        double rotationRange,
        double zoomRange,
        double widthShiftRange,
        double heightShiftRange,
        double shearRange,
        boolean horizontalFlip,
        boolean verticalFlip,
        FillMode fillMode,
        float cval) {

    public AugmentationOptions {
        Objects.requireNonNull(fillMode, "fillMode");
        requireRange("rotationRange (degrees)", rotationRange, 0, 180, true);
        requireRange("zoomRange", zoomRange, 0, 1, false);
        requireRange("widthShiftRange (fraction of the width)", widthShiftRange, 0, 1, false);
        requireRange("heightShiftRange (fraction of the height)", heightShiftRange, 0, 1, false);
        requireRange("shearRange (degrees)", shearRange, 0, 90, false);
        if (!(cval >= 0f && cval <= 1f)) {
            throw new IllegalArgumentException("cval must be in [0,1] (pixels are in [0,1]), got " + cval);
        }
    }

    /** Keras-style settings without flips, filling with {@link FillMode#NEAREST}. */
    public AugmentationOptions(double rotationRange, double zoomRange, double widthShiftRange,
                               double heightShiftRange, double shearRange) {
        this(rotationRange, zoomRange, widthShiftRange, heightShiftRange, shearRange, false, false, FillMode.NEAREST, 0f);
    }

    /**
     * The settings of the PISA facial-emotion reference setup: rotation 10°, zoom 0.15, width and height shift
     * 0.1, shear 0.15 (degrees, as Keras reads it: a negligible shear), no flips, fill 'nearest'.
     */
    public static AugmentationOptions pisa() {
        return new AugmentationOptions(10, 0.15, 0.1, 0.1, 0.15);
    }

    /** No augmentation: every range 0, no flips; {@link Augmenter} then copies images unchanged. */
    public static AugmentationOptions none() {
        return new AugmentationOptions(0, 0, 0, 0, 0);
    }

    /** True when no random transform can change an image. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isIdentity() {
        return rotationRange == 0 && zoomRange == 0 && widthShiftRange == 0 && heightShiftRange == 0
                && shearRange == 0 && !horizontalFlip && !verticalFlip;
    }

    public AugmentationOptions withFlips(boolean horizontal, boolean vertical) {
        return new AugmentationOptions(rotationRange, zoomRange, widthShiftRange, heightShiftRange, shearRange,
                horizontal, vertical, fillMode, cval);
    }

    public AugmentationOptions withFill(FillMode mode, float constantValue) {
        return new AugmentationOptions(rotationRange, zoomRange, widthShiftRange, heightShiftRange, shearRange,
                horizontalFlip, verticalFlip, mode, constantValue);
    }

    private static void requireRange(String name, double value, double min, double max, boolean maxInclusive) {
        boolean ok = value >= min && (maxInclusive ? value <= max : value < max);
        if (!ok) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + (maxInclusive ? "]" : ")")
                    + ", got " + value);
        }
    }
}
