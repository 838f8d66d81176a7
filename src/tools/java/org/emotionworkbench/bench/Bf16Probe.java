package org.emotionworkbench.bench;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Presets;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.dataset.DataSet;

/**
 * BF16 on the CPU backend (issue 17, "One machine, faster"): the Pisa CNN converted with
 * {@code MultiLayerNetwork.convertDataType(BFLOAT16)}, inference (batch 256) and training steps (batch 64) on random
 * faces, alternating with float32, three rounds. Results in docs/BENCHMARKS.md ("Levers tried"): with the oneDNN
 * helpers the first BF16 inference kills the JVM (SIGBUS in libnd4jcpu); without them BF16 does not finish a batch in
 * five minutes. Run with -Demotionworkbench.onednn=false and/or -Demotionworkbench.fastbn=false to vary the helpers.
 */
public final class Bf16Probe {
    private Bf16Probe() {
    }

    public static void main(String[] a) throws Exception {
        MultiLayerNetwork f32 = NetworkFactory.build(Presets.get("pisa"), NetworkSettings.defaults(1));
        MultiLayerNetwork bf = f32.convertDataType(DataType.BFLOAT16);
        org.emotionworkbench.platform.Dl4jRuntime.prepare(bf);
        System.out.println("helpers f32: " + org.emotionworkbench.platform.Dl4jRuntime.helpersInUse(f32));
        System.out.println("helpers bf16: " + org.emotionworkbench.platform.Dl4jRuntime.helpersInUse(bf));
        Nd4j.getRandom().setSeed(1);
        INDArray x = Nd4j.rand(DataType.FLOAT, 256, 1, 48, 48);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 64, 7);
        for (int i = 0; i < 64; i++) y.putScalar(i, i % 7, 1);
        INDArray xt = x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 64)).dup();
        for (int round = 0; round < 3; round++) {
            for (MultiLayerNetwork n : new MultiLayerNetwork[]{f32, bf}) {
                DataType dt = n.getLayerWiseConfigurations().getDataType();
                INDArray xi = x.castTo(dt);
                n.output(xi, false);
                long t0 = System.nanoTime();
                for (int k = 0; k < 5; k++) n.output(xi, false);
                double inf = 5 * 256 / ((System.nanoTime() - t0) / 1e9);
                DataSet ds = new DataSet(xt.castTo(dt), y.castTo(dt));
                n.fit(ds);
                t0 = System.nanoTime();
                for (int k = 0; k < 5; k++) n.fit(ds);
                double tr = 5 * 64 / ((System.nanoTime() - t0) / 1e9);
                System.out.printf("round %d %s: inference %.0f img/s, training %.0f img/s, score %.4f%n", round, dt, inf, tr, n.score());
            }
        }
        INDArray p32 = f32.output(x, false);
        INDArray pbf = bf.output(x.castTo(DataType.BFLOAT16), false).castTo(DataType.FLOAT);
        System.out.println("max |p32 - pbf16| after training both: " + p32.sub(pbf).amax());
    }
}
