package org.emotionworkbench.training;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test images whose class is given by where a bright 6×6 spot sits, on a noisy background. */
public final class SpotFaces {
    private SpotFaces() {
    }

    public static List<Sample> make(int perClass, long seed) {
        Random rng = new Random(seed);
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (Emotion e : Emotion.values()) {
                float[] px = new float[ImageGeometry.PIXELS];
                for (int p = 0; p < px.length; p++) {
                    px[p] = 0.3f * rng.nextFloat();
                }
                int cx = 4 + e.ordinal() * 6 + rng.nextInt(3);
                int cy = 20 + rng.nextInt(8);
                for (int y = cy; y < cy + 6; y++) {
                    for (int x = cx; x < cx + 6; x++) {
                        px[y * ImageGeometry.SIDE + x] = 1f;
                    }
                }
                out.add(new Sample("spot-" + e.label() + "-" + i, e, px));
            }
        }
        return out;
    }
}
