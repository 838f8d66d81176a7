package org.emotionworkbench.explain;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Output;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Thousands of heatmaps do not make the process grow: every INDArray of a call is closed when it returns. */
class HeatmapMemoryTest {

    @Test
    void residentMemoryStaysFlatOverThousandsOfHeatmaps() {
        // a small net: the per-call cost here is DL4J's per-op overhead, so few layers keep the test fast
        ModelSpec spec = new ModelSpec("small", List.of(Conv2D.of(4), MaxPool2D.of(4), new Flatten(), Output.emotions()));
        MultiLayerNetwork net = NetworkFactory.build(spec, NetworkSettings.defaults(4));
        try {
            CamNetwork cam = CamNetwork.of(net, null);
            GradCam gradCam = new GradCam();
            float[][] image = new float[16][ImageGeometry.PIXELS];
            Random rng = new Random(5);
            for (float[] im : image) {
                for (int i = 0; i < im.length; i++) {
                    im[i] = rng.nextFloat();
                }
            }
            for (int i = 0; i < 60; i++) {
                gradCam.explain(cam, image, CamNetwork.ClassChoice.predicted());
            }
            GradCamBenchmark.MemorySample before = GradCamBenchmark.sample(60);
            for (int i = 0; i < 300; i++) {
                gradCam.explain(cam, image, CamNetwork.ClassChoice.predicted());
            }
            GradCamBenchmark.MemorySample after = GradCamBenchmark.sample(360);
            long growth = after.javacppPhysicalBytes() - before.javacppPhysicalBytes();
            System.out.printf("physical bytes %.1f -> %.1f MB, heap used %.1f -> %.1f MB%n", before.javacppPhysicalBytes() / 1e6,
                    after.javacppPhysicalBytes() / 1e6, before.heapUsedBytes() / 1e6, after.heapUsedBytes() / 1e6);
            // a leak of one call's activations and gradients (16 images, > 0.6 MB) would add > 180 MB
            assertTrue(growth < 40_000_000L, "resident memory grew by " + growth / 1e6 + " MB");
        } finally {
            net.close();
        }
    }
}
