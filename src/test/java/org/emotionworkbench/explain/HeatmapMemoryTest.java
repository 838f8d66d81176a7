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
        ModelSpec spec = new ModelSpec("small", List.of(Conv2D.of(16), MaxPool2D.of(4), new Flatten(), Output.emotions()));
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
            for (int i = 0; i < 40; i++) {
                gradCam.explain(cam, image, CamNetwork.ClassChoice.predicted());
            }
            long before = settledRss();
            for (int i = 0; i < 200; i++) {
                gradCam.explain(cam, image, CamNetwork.ClassChoice.predicted());
            }
            long after = settledRss();
            System.out.printf("RSS %.1f -> %.1f MB over 3,200 heatmaps%n", before / 1e6, after / 1e6);
            // holding on to one call's activations and gradients (16 × 16 × 48 × 48 floats each, 4.7 MB) would add
            // 0.9 GB; the allowance covers allocator and JIT noise
            assertTrue(after - before < 250_000_000L, "RSS grew by " + (after - before) / 1e6 + " MB");
        } finally {
            net.close();
        }
    }

    /** RSS after a garbage collection and a pause for ND4J's deallocator thread. */
    private static long settledRss() {
        System.gc();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return GradCamBenchmark.rss();
    }
}
