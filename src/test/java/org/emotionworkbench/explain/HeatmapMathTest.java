package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatmapMathTest {

    @Test
    void weightedSumIsRectified() {
        // two 1×2 channels: A0 = [1, 2], A1 = [3, 0]; weights 1, -1 → [1-3, 2-0] = [-2, 2] → ReLU [0, 2]
        float[] a = {1, 2, 3, 0};
        assertArrayEquals(new float[]{0, 2}, HeatmapMath.weightedReluSum(a, 0, 2, 1, 2, new double[]{1, -1}));
    }

    @Test
    void bilinearUpsamplingMatchesHalfPixelCentres() {
        // 1×2 → 1×4 with align_corners=false: [0, 1] → [0, 0.25, 0.75, 1]
        assertArrayEquals(new float[]{0f, 0.25f, 0.75f, 1f}, HeatmapMath.upsampleBilinear(new float[]{0, 1}, 1, 2, 1, 4), 1e-6f);
        // a constant map stays constant
        float[] c = HeatmapMath.upsampleBilinear(new float[]{0.5f, 0.5f, 0.5f, 0.5f}, 2, 2, 48, 48);
        for (float v : c) {
            assertEquals(0.5f, v, 1e-6f);
        }
    }

    @Test
    void normalisationScalesToUnitRangeAndZeroMapStaysZero() {
        assertArrayEquals(new float[]{0f, 0.5f, 1f}, HeatmapMath.normalise(new float[]{2, 3, 4}), 1e-6f);
        assertArrayEquals(new float[]{0f, 0f}, HeatmapMath.normalise(new float[]{0, 0}));
        assertThrows(IllegalArgumentException.class, () -> HeatmapMath.normalise(new float[]{Float.NaN}));
    }

    @Test
    void heatmapOfAHotCornerPeaksInThatCorner() {
        float[] cam = new float[6 * 6];
        cam[6 * 5 + 5] = 3f;
        Heatmap h = HeatmapMath.toHeatmap(cam, 6, 6);
        assertTrue(h.peakX() >= 40 && h.peakY() >= 40, h.toString());
        assertEquals(1f, h.at(h.peakX(), h.peakY()), 1e-6f);
        assertEquals(0f, h.at(0, 0));
    }

    @Test
    void heatmapRejectsValuesOutsideUnitRangeAndWritesA48By48Csv() {
        float[] bad = new float[ImageGeometry.PIXELS];
        bad[3] = 1.5f;
        assertThrows(IllegalArgumentException.class, () -> new Heatmap(bad));
        float[] v = new float[ImageGeometry.PIXELS];
        v[47] = 1f;
        String[] lines = new Heatmap(v).toCsv().split("\n");
        assertEquals(48, lines.length);
        String[] first = lines[0].split(",");
        assertEquals(48, first.length);
        assertEquals("1.000000", first[47]);
        assertEquals("0.000000", lines[1].split(",")[47]);
    }

    @Test
    void meansArePerClassAndPerConfusionCell() {
        Heatmap zeros = new Heatmap(new float[ImageGeometry.PIXELS]);
        float[] ones = new float[ImageGeometry.PIXELS];
        java.util.Arrays.fill(ones, 1f);
        Heatmap one = new Heatmap(ones);
        List<MeanHeatmaps.Labelled> all = List.of(
                new MeanHeatmaps.Labelled(Emotion.SAD, Emotion.NEUTRAL, Emotion.NEUTRAL, one),
                new MeanHeatmaps.Labelled(Emotion.SAD, Emotion.NEUTRAL, Emotion.NEUTRAL, zeros),
                new MeanHeatmaps.Labelled(Emotion.SAD, Emotion.SAD, Emotion.SAD, one),
                new MeanHeatmaps.Labelled(Emotion.HAPPY, Emotion.NEUTRAL, Emotion.NEUTRAL, one));
        assertEquals(0.5f, MeanHeatmaps.confusionCell(all, Emotion.SAD, Emotion.NEUTRAL).orElseThrow().at(7, 9), 1e-6f);
        assertTrue(MeanHeatmaps.confusionCell(all, Emotion.ANGRY, Emotion.SAD).isEmpty());
        Map<Emotion, Heatmap> perClass = MeanHeatmaps.perClass(all);
        assertEquals(2, perClass.size());
        assertEquals(2f / 3f, perClass.get(Emotion.NEUTRAL).at(0, 0), 1e-6f);
        assertEquals(1f, perClass.get(Emotion.SAD).at(0, 0), 1e-6f);
    }

    @Test
    void aMapOfALargerInputIsMappedOntoTheWholeFace() {
        // a 4×4 map of a 64×64-input model with its bottom-right cell hot: the face's bottom-right corner is hot
        float[] cam = new float[16];
        cam[15] = 2f;
        float[] face = HeatmapMath.toFace(cam, 4, 4, 64, 64);
        assertEquals(ImageGeometry.PIXELS, face.length);
        Heatmap h = new Heatmap(face);
        assertTrue(h.peakX() >= 40 && h.peakY() >= 40, h.toString());
        assertEquals(1f, h.at(h.peakX(), h.peakY()), 1e-6f);
        assertEquals(0f, h.at(0, 0));
        // at 48×48 input it is the plain heatmap
        assertArrayEquals(HeatmapMath.toHeatmap(cam, 4, 4).values(), HeatmapMath.toFace(cam, 4, 4, 48, 48));
    }
}
