package org.emotionworkbench.bench;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.ChannelsLastCopy;
import org.emotionworkbench.model.LayerSpec;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.NetworkRelease;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Locale;

/**
 * Would training channels last pay? Training steps (batch 64, random inputs) of the Pisa CNN, and of the Pisa CNN
 * without its batch-norm layers (convolutions, pooling, dropout, dense only), in DL4J's NCHW layout and in the
 * channels-last layout {@link ChannelsLastCopy#configuration} gives, alternating, three rounds. Channels-last
 * batch-norm training runs in DL4J's own implementation (its oneDNN helper is wrong on NHWC). docs/BENCHMARKS.md,
 * "Levers tried".
 */
public final class ChannelsLastTrainingProbe {
    private ChannelsLastTrainingProbe() {
    }

    public static void main(String[] args) {
        ModelSpec pisa = Presets.get("pisa");
        List<LayerSpec> withoutBn = pisa.layers().stream().filter(l -> !(l instanceof BatchNorm)).toList();
        for (ModelSpec spec : List.of(new ModelSpec("pisa-without-batch-norm", withoutBn), pisa)) {
            MultiLayerNetwork nchw = NetworkFactory.build(spec, NetworkSettings.defaults(1));
            MultiLayerNetwork nhwc = new MultiLayerNetwork(
                    ChannelsLastCopy.configuration(nchw.getLayerWiseConfigurations()).orElseThrow());
            nhwc.init();
            Dl4jRuntime.dropChannelsLastBatchNormHelpers(nhwc.getLayers());
            try (INDArray x = Nd4j.rand(DataType.FLOAT, 64, 1, 48, 48);
                 INDArray xLast = x.reshape('c', 64, 48, 48, 1).dup();
                 INDArray y = Nd4j.zeros(DataType.FLOAT, 64, 7)) {
                for (int i = 0; i < 64; i++) {
                    y.putScalar(i, i % 7, 1f);
                }
                for (int round = 1; round <= 3; round++) {
                    System.out.printf(Locale.ROOT, "%s round %d: NCHW %.1f img/s, NHWC %.1f img/s%n", spec.name(),
                            round, TrainingRate.imagesPerSecond(nchw, x, y), TrainingRate.imagesPerSecond(nhwc, xLast, y));
                }
            } finally {
                NetworkRelease.release(nchw);
                NetworkRelease.release(nhwc);
            }
        }
    }
}
