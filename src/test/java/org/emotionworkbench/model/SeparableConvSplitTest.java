package org.emotionworkbench.model;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SeparableConvolution2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeparableConvSplitTest {
    /** input → conv → [separable (stride 2, depth multiplier 2, bias, relu) | 1x1 conv stride 2] → add → pool → softmax. */
    private static ComputationGraph graph(CNN2DFormat format) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(7).graphBuilder()
                .addInputs("in")
                .addLayer("c1", new ConvolutionLayer.Builder(3, 3).nOut(4).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU).dataFormat(format).build(), "in")
                .addLayer("sep", new SeparableConvolution2D.Builder(3, 3).nOut(6).depthMultiplier(2).stride(2, 2)
                        .convolutionMode(ConvolutionMode.Same).hasBias(true).activation(Activation.RELU)
                        .dataFormat(format).build(), "c1")
                .addLayer("skip", new ConvolutionLayer.Builder(1, 1).nOut(6).stride(2, 2)
                        .convolutionMode(ConvolutionMode.Same).activation(Activation.IDENTITY).dataFormat(format).build(), "c1")
                .addVertex("add", new ElementWiseVertex(ElementWiseVertex.Op.Add), "sep", "skip")
                .addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "add")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(7)
                        .activation(Activation.SOFTMAX).build(), "pool")
                .setOutputs("out")
                .setInputTypes(InputType.convolutional(16, 16, 1, format))
                .build();
        ComputationGraph g = new ComputationGraph(conf);
        g.init();
        return g;
    }

    @Test
    void theSplitGraphComputesWhatTheFusedOneDid() {
        for (CNN2DFormat format : CNN2DFormat.values()) {
            ComputationGraph fused = graph(format);
            ComputationGraph split = SeparableConvSplit.split(fused);
            InputSpec input = new InputSpec(16, 16, 1, format == CNN2DFormat.NHWC, PixelScaling.UNIT);
            double diff = SeparableConvSplit.maxDifference(fused, split, input, 3);
            assertTrue(diff < 1e-5, format + ": outputs differ by " + diff);
            assertTrue(SeparableConvSplit.separableLayers(split).isEmpty());
            assertTrue(split.getConfiguration().getVertices().containsKey("sep" + SeparableConvSplit.DEPTHWISE_SUFFIX));
            assertEquals(fused.numParams(), split.numParams(), "the same weights, laid out in two layers");
            NetworkRelease.release(fused);
            NetworkRelease.release(split);
        }
    }

    @Test
    void aGraphWithoutSeparableConvolutionsIsReturnedAsItIs() {
        ComputationGraph fused = graph(CNN2DFormat.NCHW);
        ComputationGraph split = SeparableConvSplit.split(fused);
        ComputationGraph again = SeparableConvSplit.split(split);
        assertSame(split, again);
        NetworkRelease.release(fused);
        NetworkRelease.release(split);
    }
}
