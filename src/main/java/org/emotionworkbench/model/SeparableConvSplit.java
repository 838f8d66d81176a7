package org.emotionworkbench.model;

import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.SeparableConvolution2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites every separable convolution of a graph as the two layers it is made of: a depthwise convolution (same
 * kernel, stride, padding, dilation, depth multiplier; no bias, no activation) followed by a 1×1 convolution (the
 * pointwise weights, the bias and the activation), with the weights copied. The outputs are the same; the speed is
 * not: in DL4J 1.0.0-M2.1 the fused {@code sconv2d} op runs without oneDNN and takes ≈ 270 ms for a batch of 32
 * 64×64×16 maps on 2 cores, the two layers ≈ 11 ms (docs/BENCHMARKS.md). Xception-style Keras models (the FER
 * mini-Xception) are mostly separable convolutions.
 *
 * <p>The 1×1 layer keeps the separable layer's name, so the graph's other connections and any layer named by the user
 * stay valid; the depthwise layer is called {@code <name>_depthwise}.
 */
public final class SeparableConvSplit {
    public static final String DEPTHWISE_SUFFIX = "_depthwise";

    private SeparableConvSplit() {
    }

    /** The names of the graph's separable-convolution vertices. */
    public static List<String> separableLayers(ComputationGraph graph) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, org.deeplearning4j.nn.conf.graph.GraphVertex> e
                : graph.getConfiguration().getVertices().entrySet()) {
            if (e.getValue() instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof SeparableConvolution2D) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * The graph with its separable convolutions split, or {@code graph} itself when it has none. The original is left
     * as it was (the caller still owns and closes it).
     */
    public static ComputationGraph split(ComputationGraph graph) {
        List<String> names = separableLayers(graph);
        if (names.isEmpty()) {
            return graph;
        }
        Map<String, org.deeplearning4j.nn.conf.graph.GraphVertex> vertices = graph.getConfiguration().getVertices();
        Map<String, List<String>> inputs = graph.getConfiguration().getVertexInputs();
        TransferLearning.GraphBuilder b = new TransferLearning.GraphBuilder(graph);
        for (String name : names) {
            SeparableConvolution2D s = (SeparableConvolution2D) ((LayerVertex) vertices.get(name)).getLayerConf().getLayer();
            b.removeVertexKeepConnections(name);
            b.addLayer(name + DEPTHWISE_SUFFIX, new DepthwiseConvolution2D.Builder()
                    .kernelSize(s.getKernelSize()).stride(s.getStride()).padding(s.getPadding())
                    .dilation(s.getDilation()).convolutionMode(s.getConvolutionMode())
                    .depthMultiplier(s.getDepthMultiplier()).nIn(s.getNIn()).nOut(s.getNIn() * s.getDepthMultiplier())
                    .hasBias(false).activation(Activation.IDENTITY).dataFormat(s.getCnn2dDataFormat())
                    .build(), inputs.get(name).toArray(String[]::new));
            b.addLayer(name, new ConvolutionLayer.Builder(1, 1)
                    .nIn(s.getNIn() * s.getDepthMultiplier()).nOut(s.getNOut())
                    .convolutionMode(org.deeplearning4j.nn.conf.ConvolutionMode.Truncate)
                    .hasBias(s.hasBias()).activation(s.getActivationFn()).dataFormat(s.getCnn2dDataFormat())
                    .build(), name + DEPTHWISE_SUFFIX);
        }
        ComputationGraph out = b.build();
        for (String name : names) {
            Map<String, INDArray> p = graph.getLayer(name).paramTable();
            INDArray depthwise = p.get("W"); // [depthMultiplier, nIn, kH, kW]
            out.getLayer(name + DEPTHWISE_SUFFIX).setParam("W", depthwise.permute(2, 3, 1, 0).dup()); // [kH, kW, nIn, m]
            out.getLayer(name).setParam("W", p.get("pW").dup()); // [nOut, nIn·m, 1, 1]
            if (p.containsKey("b")) {
                out.getLayer(name).setParam("b", p.get("b").dup());
            }
        }
        return out;
    }

    /**
     * The largest absolute difference between the two graphs' outputs for one batch of random images of
     * {@code input}: the check that a split graph computes what the original did.
     */
    public static double maxDifference(ComputationGraph a, ComputationGraph b, InputSpec input, long seed) {
        Nd4j.getRandom().setSeed(seed);
        try (INDArray x = Nd4j.rand(DataType.FLOAT, input.shape(4)).muli(2).subi(1);
             INDArray ya = a.outputSingle(false, x);
             INDArray yb = b.outputSingle(false, x)) {
            return ya.sub(yb).amaxNumber().doubleValue();
        }
    }
}
