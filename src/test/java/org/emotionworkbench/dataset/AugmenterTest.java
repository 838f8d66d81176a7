package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmenterTest {
    private static final int S = ImageGeometry.SIDE;

    private static float[] randomImage(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] img = new float[ImageGeometry.PIXELS];
        for (int i = 0; i < img.length; i++) {
            img[i] = (float) r.nextDouble();
        }
        return img;
    }

    private static float at(float[] img, int r, int c) {
        return img[r * S + c];
    }

    @Test
    void copiesTheImageUnchangedWhenAllRangesAreZero() {
        float[] src = randomImage(1);
        float[] dst = new float[src.length];
        new Augmenter(AugmentationOptions.none()).augment(src, dst, new SplittableRandom(7));
        assertArrayEquals(src, dst);
        Augmenter.apply(src, dst, AffineParams.IDENTITY);
        assertArrayEquals(src, dst);
    }

    @Test
    void movesABrightPixelExactlyByAWholePixelShift() {
        float[] src = new float[ImageGeometry.PIXELS];
        src[20 * S + 20] = 1f;
        float[] dst = new float[src.length];
        // Keras: tx is the row shift, out[r][c] = in[r + tx][c + ty]
        Augmenter.apply(src, dst, AffineParams.shift(3, -5));
        assertEquals(1f, at(dst, 17, 25), 0f);
        assertEquals(1f, (float) sum(dst), 1e-6f);
    }

    @Test
    void rotatesByNinetyDegreesLikeAHandRotationAboutKerasCentre() {
        float[] src = new float[ImageGeometry.PIXELS];
        // an asymmetric "L": a vertical bar and a short foot to the right
        for (int r = 10; r < 35; r++) {
            src[r * S + 15] = 1f;
        }
        for (int c = 15; c < 25; c++) {
            src[34 * S + c] = 0.6f;
        }
        src[12 * S + 30] = 0.3f;
        float[] dst = new float[src.length];
        Augmenter.apply(src, dst, AffineParams.rotation(90));
        // Keras centre o = h/2 + 0.5 = 24.5: out[r][c] = in[49 - c][r] (nearest fill past the edge)
        for (int r = 0; r < S; r++) {
            for (int c = 0; c < S; c++) {
                int inR = Math.min(S - 1, 49 - c);
                assertEquals(at(src, inR, r), at(dst, r, c), 1e-5f, "pixel " + r + "," + c);
            }
        }
        // content at the top moves to the right (clockwise on screen)
        assertEquals(0.3f, at(dst, 30, 37), 1e-5f);
    }

    @Test
    void replicatesTheEdgeWithNearestFill() {
        float[] src = gradientByColumn();
        float[] dst = new float[src.length];
        Augmenter.apply(src, dst, AffineParams.shift(0, 5)); // content moves left by 5
        for (int r = 0; r < S; r++) {
            for (int c = S - 6; c < S; c++) {
                assertEquals(at(src, r, S - 1), at(dst, r, c), 0f);
            }
            assertEquals(at(src, r, 10), at(dst, r, 5), 0f);
        }
    }

    @Test
    void fillsWithTheConstantReflectionOrWrapWhenAsked() {
        float[] src = gradientByColumn();
        float[] dst = new float[src.length];
        Augmenter.apply(src, dst, AffineParams.shift(0, 5), FillMode.CONSTANT, 0.25f);
        assertEquals(0.25f, at(dst, 3, S - 1), 0f);
        assertEquals(at(src, 3, S - 1), at(dst, 3, S - 6), 0f);
        Augmenter.apply(src, dst, AffineParams.shift(0, 5), FillMode.REFLECT, 0f);
        assertEquals(at(src, 3, S - 1), at(dst, 3, S - 5), 0f); // index 48 -> 47
        assertEquals(at(src, 3, S - 2), at(dst, 3, S - 4), 0f); // index 49 -> 46
        Augmenter.apply(src, dst, AffineParams.shift(0, 5), FillMode.WRAP, 0f);
        assertEquals(at(src, 3, 0), at(dst, 3, S - 5), 0f); // index 48 -> 0
    }

    @Test
    void mirrorsAfterTheAffineTransformWhenFlipsAreSet() {
        float[] src = randomImage(3);
        float[] dst = new float[src.length];
        Augmenter.apply(src, dst, new AffineParams(0, 0, 0, 0, 1, 1, true, false));
        assertEquals(at(src, 4, 0), at(dst, 4, S - 1), 0f);
        Augmenter.apply(src, dst, new AffineParams(0, 0, 0, 0, 1, 1, false, true));
        assertEquals(at(src, 0, 9), at(dst, S - 1, 9), 0f);
    }

    @Test
    void zoomsOutAboutKerasCentreWhenTheFactorExceedsOne() {
        float[] src = new float[ImageGeometry.PIXELS];
        src[34 * S + 24] = 1f; // 9.5 rows below the centre 24.5
        float[] dst = new float[src.length];
        // out[r][c] = in[2 (r - 24.5) + 24.5][c] = in[2r - 24.5][c]
        Augmenter.apply(src, dst, AffineParams.zoom(2, 1));
        assertEquals(0.5f, at(dst, 29, 24), 1e-6f); // in row 33.5: halfway between 33 and 34
        assertEquals(0f, at(dst, 28, 24), 1e-6f); // in row 31.5
        assertEquals(0f, at(dst, 30, 24), 1e-6f);
    }

    @Test
    void keepsDrawnParametersInsideTheConfiguredRanges() {
        Augmenter aug = new Augmenter(AugmentationOptions.pisa());
        SplittableRandom rng = new SplittableRandom(11);
        double maxTheta = 0;
        double minZoom = 2;
        double maxZoom = 0;
        double maxShift = 0;
        for (int i = 0; i < 20_000; i++) {
            AffineParams p = aug.draw(rng);
            assertTrue(Math.abs(p.theta()) <= 10, "theta " + p.theta());
            assertTrue(Math.abs(p.tx()) <= 0.1 * S && Math.abs(p.ty()) <= 0.1 * S, "shift " + p);
            assertTrue(Math.abs(p.shear()) <= 0.15, "shear " + p.shear());
            assertTrue(p.zx() >= 0.85 && p.zx() <= 1.15 && p.zy() >= 0.85 && p.zy() <= 1.15, "zoom " + p);
            assertFalse(p.flipH() || p.flipV());
            maxTheta = Math.max(maxTheta, Math.abs(p.theta()));
            minZoom = Math.min(minZoom, Math.min(p.zx(), p.zy()));
            maxZoom = Math.max(maxZoom, Math.max(p.zx(), p.zy()));
            maxShift = Math.max(maxShift, Math.max(Math.abs(p.tx()), Math.abs(p.ty())));
        }
        assertTrue(maxTheta > 9.9 && minZoom < 0.86 && maxZoom > 1.14 && maxShift > 4.7, "ranges are used");
    }

    @Test
    void flipsAboutHalfTheTimeWhenFlipsAreEnabled() {
        Augmenter aug = new Augmenter(AugmentationOptions.none().withFlips(true, false));
        SplittableRandom rng = new SplittableRandom(5);
        int flips = 0;
        for (int i = 0; i < 2000; i++) {
            flips += aug.draw(rng).flipH() ? 1 : 0;
        }
        assertTrue(flips > 850 && flips < 1150, "flips " + flips);
    }

    @Test
    void givesTheSameOutputForTheSameSeed() {
        Augmenter aug = new Augmenter(AugmentationOptions.pisa());
        float[] src = randomImage(2);
        float[] a = aug.augment(src, new SplittableRandom(42));
        float[] b = aug.augment(src, new SplittableRandom(42));
        float[] c = aug.augment(src, new SplittableRandom(43));
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void keepsOutputInTheUnitRange() {
        Augmenter aug = new Augmenter(new AugmentationOptions(30, 0.3, 0.2, 0.2, 20, true, true, FillMode.REFLECT, 0f));
        SplittableRandom rng = new SplittableRandom(9);
        float[] src = randomImage(4);
        src[0] = 1f;
        src[1] = 0f;
        float[] dst = new float[src.length];
        for (int i = 0; i < 200; i++) {
            aug.augment(src, dst, rng);
            for (float v : dst) {
                assertTrue(v >= 0f && v <= 1f, "value " + v);
            }
        }
    }

    @Test
    void rejectsWrongSizedOrAliasedBuffers() {
        Augmenter aug = new Augmenter(AugmentationOptions.pisa());
        float[] img = randomImage(1);
        assertThrows(IllegalArgumentException.class, () -> aug.augment(img, img, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> aug.augment(img, new float[10], new SplittableRandom(1)));
    }

    private static float[] gradientByColumn() {
        float[] img = new float[ImageGeometry.PIXELS];
        for (int r = 0; r < S; r++) {
            for (int c = 0; c < S; c++) {
                img[r * S + c] = c / (float) (S - 1) * 0.9f + r * 0.001f;
            }
        }
        return img;
    }

    private static double sum(float[] img) {
        double s = 0;
        for (float v : img) {
            s += v;
        }
        return s;
    }
}
