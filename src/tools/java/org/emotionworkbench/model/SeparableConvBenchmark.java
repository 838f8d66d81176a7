package org.emotionworkbench.model;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SeparableConvolution2D;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Locale;

/**
 * Benchmark (test scope, not a test): inference time of DL4J's fused separable convolution against the depthwise and
 * 1×1 convolutions it is made of ({@link SeparableConvSplit}), a batch of 32 maps of 64×64×16, both layouts.
 * Run: {@code java -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" org.emotionworkbench.model.SeparableConvBenchmark}
 */
public final class SeparableConvBenchmark {
    private SeparableConvBenchmark() {
    }

    private static double msPerBatch(Layer layer, CNN2DFormat f) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().list().layer(layer)
                .setInputType(InputType.convolutional(64, 64, 16, f)).build();
        MultiLayerNetwork n = new MultiLayerNetwork(conf);
        n.init();
        INDArray x = Nd4j.rand(DataType.FLOAT, f == CNN2DFormat.NHWC ? new long[]{32, 64, 64, 16} : new long[]{32, 16, 64, 64});
        for (int i = 0; i < 3; i++) {
            n.output(x).close();
        }
        int reps = 20;
        long t = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            n.output(x).close();
        }
        double ms = (System.nanoTime() - t) / 1e6 / reps;
        NetworkRelease.release(n);
        return ms;
    }

    public static void main(String[] args) {
        Dl4jRuntime.configure();
        System.out.println(Dl4jRuntime.describe());
        for (CNN2DFormat f : CNN2DFormat.values()) {
            double sep = msPerBatch(new SeparableConvolution2D.Builder(3, 3).nIn(16).nOut(16)
                    .convolutionMode(ConvolutionMode.Same).hasBias(false).activation(Activation.IDENTITY).dataFormat(f).build(), f);
            double dw = msPerBatch(new DepthwiseConvolution2D.Builder(3, 3).nIn(16).depthMultiplier(1)
                    .convolutionMode(ConvolutionMode.Same).hasBias(false).activation(Activation.IDENTITY).dataFormat(f).build(), f);
            double pw = msPerBatch(new ConvolutionLayer.Builder(1, 1).nIn(16).nOut(16)
                    .convolutionMode(ConvolutionMode.Same).hasBias(false).activation(Activation.IDENTITY).dataFormat(f).build(), f);
            System.out.printf(Locale.ROOT, "%s: separable %.1f ms, depthwise %.1f ms + 1x1 %.1f ms = %.1f ms per batch of 32%n",
                    f, sep, dw, pw, dw + pw);
        }
    }
}
