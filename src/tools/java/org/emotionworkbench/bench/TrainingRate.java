package org.emotionworkbench.bench;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Training throughput of the probes: 5 warm-up steps, then 20 timed steps on one batch. */
final class TrainingRate {
    private TrainingRate() {
    }

    static double imagesPerSecond(MultiLayerNetwork net, INDArray x, INDArray y) {
        for (int i = 0; i < 5; i++) {
            net.fit(x, y);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            net.fit(x, y);
        }
        return x.size(0) * 20 / ((System.nanoTime() - t0) / 1e9);
    }
}
