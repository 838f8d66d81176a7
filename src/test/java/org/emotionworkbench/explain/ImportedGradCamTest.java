package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.LoadedModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Heatmaps of the real imported FER2013 mini-Xception (a Keras graph, 64×64 channels last, FER2013 class order). */
class ImportedGradCamTest {

    @Test
    void gradCamExplainsTheArgmaxClassWithAFiniteNonUniformHeatmap() {
        LoadedModel model = ImportedModels.miniXception();
        CamNetwork cam = CamNetwork.of(model, null);
        assertEquals("conv2d_7", cam.layerName());
        float[][] faces = ImportedModels.ferFaces("happy", 4).toArray(float[][]::new);
        List<Explanation> ex = new GradCam().explain(cam, faces, CamNetwork.ClassChoice.predicted());
        for (int i = 0; i < faces.length; i++) {
            float[] p = model.probabilities(faces[i]);
            assertArrayEquals(p, ex.get(i).probabilities(), 1e-5f);
            Emotion argmax = Emotion.values()[Inference.argmax(p)];
            assertEquals(argmax, ex.get(i).target(), "face " + i);
            float[] v = ex.get(i).heatmap().values();
            float min = 1;
            float max = 0;
            for (float x : v) {
                assertTrue(Float.isFinite(x));
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            assertEquals(1f, max, 1e-6f, "normalised");
            assertTrue(min < 0.5f, "not uniform: min " + min);
        }
    }
}
