package org.emotionworkbench.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.junit.jupiter.api.Test;

class SampleFaceRendererTest {
    private static final int S = ImageGeometry.SIDE;
    private final SampleFaceRenderer renderer = new SampleFaceRenderer();

    private float[] face(Emotion e, long seed) {
        return SampleFaceRenderer.pixels(renderer.render(e, new SplittableRandom(seed)));
    }

    @Test
    void rendersEveryClassAsA48x48GrayImageWithVisibleStructure() {
        for (Emotion e : Emotion.values()) {
            BufferedImage img = renderer.render(e, new SplittableRandom(e.ordinal()));
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType());
            assertEquals(S, img.getWidth());
            assertEquals(S, img.getHeight());
            float[] px = SampleFaceRenderer.pixels(img);
            double min = 1;
            double max = 0;
            for (float v : px) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            assertTrue(max - min > 0.3, e + " has contrast " + (max - min));
        }
    }

    @Test
    void givesIdenticalPixelsForTheSameSeedAndDifferentOnesForAnother() {
        for (Emotion e : Emotion.values()) {
            assertArrayEquals(face(e, 99), face(e, 99), e.label());
            assertFalse(Arrays.equals(face(e, 99), face(e, 100)), e.label());
        }
    }

    @Test
    void separatesHappyFromSadInTheMouthRegion() {
        float[] happyA = mean(Emotion.HAPPY, 0, 40);
        float[] happyB = mean(Emotion.HAPPY, 1000, 40);
        float[] sad = mean(Emotion.SAD, 0, 40);
        double between = mouthDistance(happyA, sad);
        double within = mouthDistance(happyA, happyB);
        assertTrue(between > 2 * within, "between " + between + " within " + within);
    }

    @Test
    void isLearnableByANearestClassMeanButNotTrivially() {
        int train = 60;
        int test = 30;
        float[][] means = new float[Emotion.COUNT][];
        for (Emotion e : Emotion.values()) {
            means[e.ordinal()] = mean(e, 0, train);
        }
        int correct = 0;
        int[][] confusion = new int[Emotion.COUNT][Emotion.COUNT];
        for (Emotion e : Emotion.values()) {
            for (int i = 0; i < test; i++) {
                float[] x = face(e, 50_000 + i);
                int best = 0;
                double bestD = Double.MAX_VALUE;
                for (int c = 0; c < Emotion.COUNT; c++) {
                    double d = 0;
                    for (int p = 0; p < x.length; p++) {
                        double diff = x[p] - means[c][p];
                        d += diff * diff;
                    }
                    if (d < bestD) {
                        bestD = d;
                        best = c;
                    }
                }
                confusion[e.ordinal()][best]++;
                correct += best == e.ordinal() ? 1 : 0;
            }
        }
        double accuracy = correct / (double) (test * Emotion.COUNT);
        System.out.printf("nearest-class-mean accuracy on raw pixels: %.3f (chance %.3f)%n", accuracy, 1.0 / 7);
        for (Emotion e : Emotion.values()) {
            System.out.printf("  %-8s %s%n", e.label(), Arrays.toString(confusion[e.ordinal()]));
        }
        assertTrue(accuracy > 0.25, "accuracy " + accuracy); // chance is 1/7 ≈ 0.143
        assertTrue(accuracy < 0.99, "too easy: accuracy " + accuracy);
    }

    private float[] mean(Emotion e, long seedBase, int n) {
        float[] sum = new float[ImageGeometry.PIXELS];
        for (int i = 0; i < n; i++) {
            float[] x = face(e, seedBase + i * 7919L + e.ordinal() * 1_000_003L);
            for (int p = 0; p < sum.length; p++) {
                sum[p] += x[p] / n;
            }
        }
        return sum;
    }

    private static double mouthDistance(float[] a, float[] b) {
        double d = 0;
        for (int r = 29; r < 42; r++) {
            for (int c = 14; c < 34; c++) {
                d += Math.abs(a[r * S + c] - b[r * S + c]);
            }
        }
        return d;
    }
}
