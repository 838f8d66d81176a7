package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.ImageGeometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * How much a heatmap can be trusted: the drop in the explained class's probability when the hottest
 * {@value #FRACTION_PERCENT} % of pixels are blurred out ({@code hotDrop}), against the mean drop when as many
 * random pixels are blurred ({@code randomDrop}, over {@value #RANDOM_MASKS} seeded masks). {@link #score()} is
 * their difference: positive when the heatmap found pixels the class depends on more than chance.
 */
public record TrustScore(double hotDrop, double randomDrop) {
    public static final int FRACTION_PERCENT = 20;
    public static final int RANDOM_MASKS = 3;
    /** Box-blur radius (pixels) of the image the masked pixels are taken from. */
    public static final int BLUR_RADIUS = 4;

    public TrustScore {
        if (!Double.isFinite(hotDrop) || !Double.isFinite(randomDrop)) {
            throw new IllegalArgumentException("drops must be finite");
        }
    }

    public double score() {
        return hotDrop - randomDrop;
    }

    /** Trust figures for a batch of explained images (same order); one forward pass for all altered images. */
    public static List<TrustScore> measure(CamNetwork network, float[][] images, List<Explanation> explanations, long seed) {
        int per = 1 + RANDOM_MASKS;
        float[][] altered = new float[images.length * per][];
        int count = ImageGeometry.PIXELS * FRACTION_PERCENT / 100;
        for (int i = 0; i < images.length; i++) {
            float[] blurred = boxBlur(images[i], BLUR_RADIUS);
            altered[i * per] = replace(images[i], blurred, hottest(explanations.get(i).heatmap(), count));
            Random rng = new Random(seed * 31 + i);
            for (int r = 0; r < RANDOM_MASKS; r++) {
                altered[i * per + 1 + r] = replace(images[i], blurred, randomPixels(rng, count));
            }
        }
        float[][] p = network.probabilities(altered);
        List<TrustScore> out = new ArrayList<>(images.length);
        for (int i = 0; i < images.length; i++) {
            Explanation e = explanations.get(i);
            int c = e.target().ordinal();
            double base = e.targetProbability();
            double hot = base - p[i * per][c];
            double rnd = 0;
            for (int r = 0; r < RANDOM_MASKS; r++) {
                rnd += base - p[i * per + 1 + r][c];
            }
            out.add(new TrustScore(hot, rnd / RANDOM_MASKS));
        }
        return out;
    }

    /** Indices of the {@code count} hottest pixels (ties: lower index first). */
    static int[] hottest(Heatmap h, int count) {
        float[] v = h.values();
        return IntStream.range(0, v.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -v[i]).thenComparingInt(i -> i))
                .limit(count).mapToInt(Integer::intValue).toArray();
    }

    static int[] randomPixels(Random rng, int count) {
        int[] all = IntStream.range(0, ImageGeometry.PIXELS).toArray();
        for (int i = 0; i < count; i++) { // partial Fisher-Yates
            int j = i + rng.nextInt(all.length - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, count);
    }

    static float[] replace(float[] image, float[] blurred, int[] pixels) {
        float[] out = image.clone();
        for (int p : pixels) {
            out[p] = blurred[p];
        }
        return out;
    }

    /** Mean over a (2r+1)² window clipped to the image. */
    static float[] boxBlur(float[] image, int r) {
        int side = ImageGeometry.SIDE;
        float[] out = new float[image.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double sum = 0;
                int n = 0;
                for (int yy = Math.max(0, y - r); yy <= Math.min(side - 1, y + r); yy++) {
                    for (int xx = Math.max(0, x - r); xx <= Math.min(side - 1, x + r); xx++) {
                        sum += image[yy * side + xx];
                        n++;
                    }
                }
                out[y * side + x] = (float) (sum / n);
            }
        }
        return out;
    }
}
