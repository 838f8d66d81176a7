package org.emotionworkbench.dataset;

/**
 * One explicit transform, with the meaning of the dictionary Keras' {@code ImageDataGenerator.get_random_transform}
 * returns (so the names follow Keras, where x is the ROW axis).
 *
 * @param theta rotation in degrees; positive moves content at the top towards the right (clockwise on screen,
 *              rows growing downwards), as Keras/scipy do
 * @param tx    row shift in pixels (Keras' {@code tx}, from {@code height_shift_range}); output row r samples input
 *              row r + tx, so a positive tx moves the content UP
 * @param ty    column shift in pixels (Keras' {@code ty}, from {@code width_shift_range}); a positive ty moves the
 *              content LEFT
 * @param shear shear angle in degrees
 * @param zx    row-axis zoom factor (&gt; 1 zooms out)
 * @param zy    column-axis zoom factor (&gt; 1 zooms out)
 * @param flipH mirror left-right after the affine transform
 * @param flipV mirror top-bottom after the affine transform
 */
public record AffineParams(double theta, double tx, double ty, double shear, double zx, double zy,
                           boolean flipH, boolean flipV) {

    public static final AffineParams IDENTITY = new AffineParams(0, 0, 0, 0, 1, 1, false, false);

    public AffineParams {
        requireFinite("theta", theta);
        requireFinite("tx", tx);
        requireFinite("ty", ty);
        requireFinite("shear", shear);
        if (!(zx > 0 && Double.isFinite(zx)) || !(zy > 0 && Double.isFinite(zy))) {
            throw new IllegalArgumentException("zoom factors must be finite and > 0, got zx=" + zx + ", zy=" + zy);
        }
    }

    public static AffineParams shift(double rows, double cols) {
        return new AffineParams(0, rows, cols, 0, 1, 1, false, false);
    }

    public static AffineParams rotation(double degrees) {
        return new AffineParams(degrees, 0, 0, 0, 1, 1, false, false);
    }

    public static AffineParams zoom(double zx, double zy) {
        return new AffineParams(0, 0, 0, 0, zx, zy, false, false);
    }

    /** True when the affine part is the identity (flips aside). */
    public boolean isAffineIdentity() {
        return theta == 0 && tx == 0 && ty == 0 && shear == 0 && zx == 1 && zy == 1;
    }

    private static void requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, got " + v);
        }
    }
}
