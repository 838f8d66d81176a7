package org.emotionworkbench.dataset;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Random affine augmentation of one {@link ImageGeometry#SIDE}² gray image, reproducing Keras'
 * {@code ImageDataGenerator.get_random_transform} + {@code apply_transform} / {@code apply_affine_transform}
 * (keras_preprocessing) with {@code interpolation_order=1}.
 *
 * <h2>Drawing ({@link #draw})</h2>
 * In Keras' order: {@code theta ~ U(±rotation)}; {@code tx ~ U(±heightShift)·height} (rows);
 * {@code ty ~ U(±widthShift)·width} (columns); {@code shear ~ U(±shear)} degrees; {@code zx, zy ~ U(1-z, 1+z)}
 * independently; then each enabled flip with probability 1/2. A range of 0 draws nothing.
 *
 * <h2>Matrix order (as {@code apply_affine_transform})</h2>
 * Coordinates are (row, col). With
 * <pre>
 *   R  = [[cos θ, -sin θ, 0], [sin θ, cos θ, 0], [0, 0, 1]]
 *   T  = [[1, 0, tx], [0, 1, ty], [0, 0, 1]]
 *   Sh = [[1, -sin s, 0], [0, cos s, 0], [0, 0, 1]]
 *   Z  = [[zx, 0, 0], [0, zy, 0], [0, 0, 1]]
 *   M  = R · T · Sh · Z
 *   F  = Offset(o) · M · Offset(-o),  o = (h/2 + 0.5, w/2 + 0.5)   (transform_matrix_offset_center)
 * </pre>
 * and, as {@code scipy.ndimage.affine_transform}, F maps OUTPUT coordinates to INPUT coordinates:
 * {@code out[r][c] = bilinear(in, F·(r, c, 1))}, points outside the image filled per {@link FillMode}.
 * The centre {@code h/2 + 0.5} (24.5 for 48 pixels, not the geometric 23.5) is Keras' own and is kept so results
 * match Keras; a 90° rotation is therefore a hand rotation about (24.5, 24.5), i.e. {@code out[r][c] = in[49-c][r]}.
 * Flips are applied after the affine transform (horizontal: columns, vertical: rows), as Keras does.
 * Keras' channel shift and brightness options are not modelled.
 *
 * <p>{@link #augment(float[], float[], RandomGenerator)} allocates nothing; an instance holds only its options and
 * is safe to share between threads when each thread passes its own {@link RandomGenerator}.
 */
public final class Augmenter {
    private static final int SIDE = ImageGeometry.SIDE;

    private final AugmentationOptions options;

    public Augmenter(AugmentationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public AugmentationOptions options() {
        return options;
    }

    /** Draws one transform from the option ranges, consuming {@code rng} in Keras' order. */
    public AffineParams draw(RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        AugmentationOptions o = options;
        double theta = o.rotationRange() > 0 ? uniform(rng, o.rotationRange()) : 0;
        double tx = o.heightShiftRange() > 0 ? uniform(rng, o.heightShiftRange()) * SIDE : 0;
        double ty = o.widthShiftRange() > 0 ? uniform(rng, o.widthShiftRange()) * SIDE : 0;
        double shear = o.shearRange() > 0 ? uniform(rng, o.shearRange()) : 0;
        double zx = 1;
        double zy = 1;
        if (o.zoomRange() > 0) {
            zx = 1 + uniform(rng, o.zoomRange());
            zy = 1 + uniform(rng, o.zoomRange());
        }
        boolean flipH = o.horizontalFlip() && rng.nextBoolean();
        boolean flipV = o.verticalFlip() && rng.nextBoolean();
        return new AffineParams(theta, tx, ty, shear, zx, zy, flipH, flipV);
    }

    /** Writes one randomly transformed copy of {@code src} into {@code dst} (distinct arrays); allocation-free. */
    public void augment(float[] src, float[] dst, RandomGenerator rng) {
        if (options.isIdentity()) {
            checkBuffers(src, dst);
            System.arraycopy(src, 0, dst, 0, src.length);
            return;
        }
        apply(src, dst, draw(rng), options.fillMode(), options.cval());
    }

    /** Convenience: a new array holding one randomly transformed copy of {@code src}. */
    public float[] augment(float[] src, RandomGenerator rng) {
        float[] dst = new float[ImageGeometry.PIXELS];
        augment(src, dst, rng);
        return dst;
    }

    /** Applies an explicit transform with fill mode 'nearest' (Keras' default). */
    public static void apply(float[] src, float[] dst, AffineParams p) {
        apply(src, dst, p, FillMode.NEAREST, 0f);
    }

    /** Applies an explicit transform; see the class comment for the matrix and sampling conventions. */
    public static void apply(float[] src, float[] dst, AffineParams p, FillMode mode, float cval) {
        checkBuffers(src, dst);
        Objects.requireNonNull(p, "params");
        Objects.requireNonNull(mode, "mode");
        int h = SIDE;
        int w = SIDE;
        // L = R · Sh · Z (linear part of M); translation of M = R · (tx, ty).
        double th = Math.toRadians(p.theta());
        double sh = Math.toRadians(p.shear());
        double cos = Math.cos(th);
        double sin = Math.sin(th);
        double l00 = cos * p.zx();
        double l01 = -p.zy() * Math.sin(th + sh);
        double l10 = sin * p.zx();
        double l11 = p.zy() * Math.cos(th + sh);
        double t0 = cos * p.tx() - sin * p.ty();
        double t1 = sin * p.tx() + cos * p.ty();
        if (p.theta() == 0 && p.shear() == 0) { // keep pure shifts/zooms free of cos/sin rounding
            l00 = p.zx();
            l01 = 0;
            l10 = 0;
            l11 = p.zy();
            t0 = p.tx();
            t1 = p.ty();
        }
        double or = h / 2.0 + 0.5;
        double oc = w / 2.0 + 0.5;
        // F = Offset(o) · M · Offset(-o): in = L·out + (o - L·o + t)
        double off0 = or - (l00 * or + l01 * oc) + t0;
        double off1 = oc - (l10 * or + l11 * oc) + t1;
        for (int r = 0; r < h; r++) {
            int rr = p.flipV() ? h - 1 - r : r;
            for (int c = 0; c < w; c++) {
                int cc = p.flipH() ? w - 1 - c : c;
                double inR = l00 * rr + l01 * cc + off0;
                double inC = l10 * rr + l11 * cc + off1;
                dst[r * w + c] = sample(src, h, w, inR, inC, mode, cval);
            }
        }
    }

    private static float sample(float[] src, int h, int w, double y, double x, FillMode mode, float cval) {
        if (mode == FillMode.CONSTANT) {
            double eps = 1e-9;
            if (y < -eps || y > h - 1 + eps || x < -eps || x > w - 1 + eps) {
                return cval;
            }
        }
        double fy = Math.floor(y);
        double fx = Math.floor(x);
        double wy = y - fy;
        double wx = x - fx;
        int y0 = (int) fy;
        int x0 = (int) fx;
        int ya = index(y0, h, mode);
        int yb = index(y0 + 1, h, mode);
        int xa = index(x0, w, mode);
        int xb = index(x0 + 1, w, mode);
        double top = src[ya * w + xa] * (1 - wx) + src[ya * w + xb] * wx;
        double bottom = src[yb * w + xa] * (1 - wx) + src[yb * w + xb] * wx;
        double v = top * (1 - wy) + bottom * wy;
        return (float) Math.min(1.0, Math.max(0.0, v));
    }

    private static int index(int i, int n, FillMode mode) {
        if (i >= 0 && i < n) {
            return i;
        }
        return switch (mode) {
            case NEAREST, CONSTANT -> i < 0 ? 0 : n - 1;
            case REFLECT -> {
                int m = Math.floorMod(i, 2 * n);
                yield m < n ? m : 2 * n - 1 - m;
            }
            case WRAP -> Math.floorMod(i, n);
        };
    }

    private static double uniform(RandomGenerator rng, double range) {
        return rng.nextDouble(-range, range);
    }

    private static void checkBuffers(float[] src, float[] dst) {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        if (src.length != ImageGeometry.PIXELS || dst.length != ImageGeometry.PIXELS) {
            throw new IllegalArgumentException("images must have " + ImageGeometry.PIXELS + " pixels, got src="
                    + src.length + ", dst=" + dst.length);
        }
        if (src == dst) {
            throw new IllegalArgumentException("src and dst must be different arrays");
        }
    }
}
