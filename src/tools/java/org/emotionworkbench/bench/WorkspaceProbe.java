package org.emotionworkbench.bench;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkRelease;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Presets;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Locale;

/**
 * Do DL4J's workspace and garbage-collection settings hold training back? Training steps (batch 64, random inputs) of
 * the Pisa CNN as the workbench builds it (workspaces ENABLED), with training workspaces NONE, and with ND4J's
 * periodic {@code System.gc()} switched off, alternating, three rounds. docs/BENCHMARKS.md, "Levers tried".
 */
public final class WorkspaceProbe {
    private WorkspaceProbe() {
    }

    public static void main(String[] args) {
        MultiLayerNetwork enabled = NetworkFactory.build(Presets.get("pisa"), NetworkSettings.defaults(1));
        MultiLayerConfiguration conf = enabled.getLayerWiseConfigurations().clone();
        conf.setTrainingWorkspaceMode(WorkspaceMode.NONE);
        MultiLayerNetwork none = new MultiLayerNetwork(conf);
        none.init();
        none.setParams(enabled.params());
        boolean periodic = Nd4j.getMemoryManager().isPeriodicGcActive();
        System.out.printf(Locale.ROOT, "ND4J periodic GC active by default: %s (window %d ms)%n", periodic,
                Nd4j.getMemoryManager().getAutoGcWindow());
        try (INDArray x = Nd4j.rand(DataType.FLOAT, 64, 1, 48, 48);
             INDArray y = Nd4j.zeros(DataType.FLOAT, 64, 7)) {
            for (int i = 0; i < 64; i++) {
                y.putScalar(i, i % 7, 1f);
            }
            for (int round = 1; round <= 3; round++) {
                Nd4j.getMemoryManager().togglePeriodicGc(periodic);
                double a = TrainingRate.imagesPerSecond(enabled, x, y);
                double b = TrainingRate.imagesPerSecond(none, x, y);
                Nd4j.getMemoryManager().togglePeriodicGc(false);
                double c = TrainingRate.imagesPerSecond(enabled, x, y);
                System.out.printf(Locale.ROOT, "round %d: workspaces ENABLED %.1f, NONE %.1f, ENABLED without "
                        + "periodic GC %.1f img/s%n", round, a, b, c);
            }
        } finally {
            Nd4j.getMemoryManager().togglePeriodicGc(periodic);
            NetworkRelease.release(enabled);
            NetworkRelease.release(none);
        }
    }
}
