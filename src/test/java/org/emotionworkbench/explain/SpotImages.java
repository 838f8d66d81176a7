package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test images whose class is given only by where a bright 6×6 spot sits (its column band), plus a bright
 * distractor (a 7×7 "+" of 1-px lines) at a random place that does not touch the spot, on a noisy background.
 */
final class SpotImages {
    static final int SPOT = 6;

    /** One image with where its spot's centre is. */
    record Spot(Sample sample, double centreX, double centreY) {
    }

    private SpotImages() {
    }

    static List<Spot> make(int perClass, long seed) {
        Random rng = new Random(seed);
        int side = ImageGeometry.SIDE;
        List<Spot> out = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (Emotion e : Emotion.values()) {
                float[] px = new float[ImageGeometry.PIXELS];
                for (int p = 0; p < px.length; p++) {
                    px[p] = 0.3f * rng.nextFloat();
                }
                int sx = 4 + e.ordinal() * 6 + rng.nextInt(3);
                int sy = 4 + rng.nextInt(side - 8 - SPOT);
                for (int y = sy; y < sy + SPOT; y++) {
                    for (int x = sx; x < sx + SPOT; x++) {
                        px[y * side + x] = 1f;
                    }
                }
                int dx;
                int dy;
                do {
                    dx = 1 + rng.nextInt(side - 9);
                    dy = 1 + rng.nextInt(side - 9);
                } while (dx + 7 > sx - 3 && dx < sx + SPOT + 3 && dy + 7 > sy - 3 && dy < sy + SPOT + 3);
                for (int t = 0; t < 7; t++) {
                    px[(dy + 3) * side + dx + t] = 1f;
                    px[(dy + t) * side + dx + 3] = 1f;
                }
                out.add(new Spot(new Sample("spot-" + e.label() + "-" + i, e, px),
                        sx + (SPOT - 1) / 2.0, sy + (SPOT - 1) / 2.0));
            }
        }
        return out;
    }

    static List<Sample> samples(List<Spot> spots) {
        return spots.stream().map(Spot::sample).toList();
    }
}
