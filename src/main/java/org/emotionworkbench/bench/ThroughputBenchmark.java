package org.emotionworkbench.bench;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.ChannelsLastCopy;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Images per second for training steps and for inference of a model at one batch size, on random 48×48 inputs:
 * warm-up batches first, then {@code repeats} timed windows of {@code batchesPerRepeat} batches; the median counts.
 */
public final class ThroughputBenchmark {
    public record Result(String what, int batchSize, double[] imagesPerSecond) {
        public double median() {
            double[] s = imagesPerSecond.clone();
            Arrays.sort(s);
            int n = s.length;
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }
    }

    private ThroughputBenchmark() {
    }

    public static Result training(ModelSpec spec, int batchSize, int warmup, int batchesPerRepeat, int repeats) {
        MultiLayerNetwork net = NetworkFactory.build(spec, NetworkSettings.defaults(1));
        try (INDArray x = Nd4j.rand(DataType.FLOAT, batchSize, 1, 48, 48);
             INDArray y = oneHot(batchSize)) {
            for (int i = 0; i < warmup; i++) {
                net.fit(x, y);
            }
            List<Double> rates = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < batchesPerRepeat; i++) {
                    net.fit(x, y);
                }
                rates.add(batchSize * (double) batchesPerRepeat / ((System.nanoTime() - t0) / 1e9));
            }
            return new Result("train", batchSize, rates.stream().mapToDouble(Double::doubleValue).toArray());
        } finally {
            net.close();
        }
    }

    /**
     * Inference as evaluation runs it over a dataset: through a {@link ChannelsLastCopy} where one can be made (see
     * {@link ChannelsLastCopy#enabled()}), else the network itself.
     */
    public static Result inference(ModelSpec spec, int batchSize, int warmup, int batchesPerRepeat, int repeats) {
        MultiLayerNetwork net = NetworkFactory.build(spec, NetworkSettings.defaults(1));
        ChannelsLastCopy channelsLast = ChannelsLastCopy.of(net).orElse(null);
        try (INDArray x = Nd4j.rand(DataType.FLOAT, batchSize, 1, 48, 48)) {
            for (int i = 0; i < warmup; i++) {
                forward(net, channelsLast, x).close();
            }
            List<Double> rates = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < batchesPerRepeat; i++) {
                    forward(net, channelsLast, x).close();
                }
                rates.add(batchSize * (double) batchesPerRepeat / ((System.nanoTime() - t0) / 1e9));
            }
            return new Result(channelsLast != null ? "infer (channels last)" : "infer", batchSize,
                    rates.stream().mapToDouble(Double::doubleValue).toArray());
        } finally {
            if (channelsLast != null) {
                channelsLast.close();
            }
            net.close();
        }
    }

    private static INDArray forward(MultiLayerNetwork net, ChannelsLastCopy channelsLast, INDArray x) {
        return channelsLast != null ? channelsLast.output(x) : net.output(x, false);
    }

    /**
     * Training steps of any built model (a fine-tuned network or graph) on random inputs of its input spec; the model
     * is not closed.
     */
    public static Result training(org.emotionworkbench.model.LoadedModel model, int batchSize, int warmup,
                                  int batchesPerRepeat, int repeats) {
        try (INDArray x = Nd4j.rand(DataType.FLOAT, model.input().shape(batchSize));
             INDArray y = oneHot(batchSize, model.classes().size())) {
            Runnable step = model.isGraph() ? () -> model.graph().fit(new INDArray[]{x}, new INDArray[]{y})
                    : () -> model.network().fit(x, y);
            for (int i = 0; i < warmup; i++) {
                step.run();
            }
            List<Double> rates = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < batchesPerRepeat; i++) {
                    step.run();
                }
                rates.add(batchSize * (double) batchesPerRepeat / ((System.nanoTime() - t0) / 1e9));
            }
            return new Result("train", batchSize, rates.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** Inference of any model on random inputs of its input spec; the model is not closed. */
    public static Result inference(org.emotionworkbench.model.LoadedModel model, int batchSize, int warmup,
                                   int batchesPerRepeat, int repeats) {
        try (INDArray x = Nd4j.rand(DataType.FLOAT, model.input().shape(batchSize))) {
            for (int i = 0; i < warmup; i++) {
                model.output(x).close();
            }
            List<Double> rates = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < batchesPerRepeat; i++) {
                    model.output(x).close();
                }
                rates.add(batchSize * (double) batchesPerRepeat / ((System.nanoTime() - t0) / 1e9));
            }
            return new Result("infer", batchSize, rates.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private static INDArray oneHot(int n) {
        return oneHot(n, 7);
    }

    private static INDArray oneHot(int n, int classes) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, classes);
        for (int i = 0; i < n; i++) {
            y.putScalar(i, i % classes, 1f);
        }
        return y;
    }
}
