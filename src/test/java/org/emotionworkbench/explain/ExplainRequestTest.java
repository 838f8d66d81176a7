package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainRequestTest {
    private static final float[] HAPPY = {0.1f, 0f, 0f, 0.6f, 0.1f, 0.1f, 0.1f};

    @Test
    void classTargetsResolvePerFace() {
        assertEquals(Emotion.HAPPY, ClassTarget.predicted().resolve(Emotion.SAD, HAPPY));
        assertEquals(Emotion.SAD, ClassTarget.trueClass().resolve(Emotion.SAD, HAPPY));
        assertEquals(Emotion.FEAR, ClassTarget.parse("fearful").resolve(null, HAPPY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassTarget.trueClass().resolve(null, HAPPY));
        assertTrue(e.getMessage().contains("true class of this face is unknown"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassTarget.parse("contempt"));
        assertThrows(IllegalArgumentException.class, () -> new ClassTarget(ClassTarget.Kind.PREDICTED, Emotion.SAD));
        assertEquals("true", ClassTarget.trueClass().toString());
    }

    @Test
    void requestsNormaliseMethodAndLayer() {
        ExplainRequest r = new ExplainRequest(ClassTarget.predicted(), "  ", "Grad-CAM++", false);
        assertEquals("gradcam++", r.method());
        assertNull(r.layer());
        assertEquals("conv2d_1", r.withLayer("conv2d_1").layer());
        assertThrows(IllegalArgumentException.class, () -> new ExplainRequest(ClassTarget.predicted(), null, "lime", true));
    }

    @Test
    void theAccumulatorGivesMeanHeatmapsPerClassFigures() {
        Random rng = new Random(4);
        List<MeanHeatmaps.Labelled> all = new ArrayList<>();
        MeanHeatmapAccumulator acc = new MeanHeatmapAccumulator();
        Map<Emotion, float[]> faceSum = new EnumMap<>(Emotion.class);
        for (int i = 0; i < 9; i++) {
            Emotion target = i % 3 == 0 ? Emotion.SAD : Emotion.NEUTRAL;
            float[] h = new float[ImageGeometry.PIXELS];
            float[] face = new float[ImageGeometry.PIXELS];
            for (int p = 0; p < h.length; p++) {
                h[p] = rng.nextFloat();
                face[p] = i / 10f;
            }
            all.add(new MeanHeatmaps.Labelled(null, target, target, new Heatmap(h)));
            acc.add(target, new Heatmap(h), face);
            faceSum.merge(target, face, (a, b) -> a);
        }
        Map<Emotion, Heatmap> expected = MeanHeatmaps.perClass(all);
        List<MeanHeatmapAccumulator.ClassMean> means = acc.means();
        assertEquals(List.of(Emotion.NEUTRAL, Emotion.SAD), means.stream().map(MeanHeatmapAccumulator.ClassMean::target).toList());
        for (MeanHeatmapAccumulator.ClassMean m : means) {
            assertArrayEquals(expected.get(m.target()).values(), m.heatmap().values(), 1e-6f);
        }
        assertEquals(3, means.get(1).count());
        assertEquals((0f + 0.3f + 0.6f) / 3, means.get(1).meanFace()[0], 1e-6f); // sad faces are i = 0, 3, 6
    }
}
