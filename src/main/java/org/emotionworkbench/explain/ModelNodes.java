package org.emotionworkbench.explain;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.VertexIndices;
import org.deeplearning4j.nn.graph.vertex.impl.ElementWiseVertex;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.layers.ActivationLayer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded model as nodes in the order DL4J runs them, each with the nodes it reads from: the input, then one node per
 * layer of a multi-layer network (a chain), or one per vertex of a computation graph (topological order, so a node's
 * inputs always come before it). What {@link CamNetwork} walks forwards and backwards, whatever the model's kind.
 */
final class ModelNodes {
    /**
     * One layer or vertex. {@code layer} is null for the input and for vertices without a layer (add, merge, …);
     * {@code vertex} is null for a multi-layer network's nodes.
     */
    record Node(String name, Layer layer, GraphVertex vertex, InputPreProcessor preprocessor, int[] inputs) {
        boolean isInput() {
            return inputs.length == 0;
        }
    }

    private final LoadedModel model;
    private final List<Node> nodes;
    private final Map<String, Integer> byName = new HashMap<>();
    private final int output;
    private List<String> explainable;

    private ModelNodes(LoadedModel model, List<Node> nodes, int output) {
        this.model = model;
        this.nodes = List.copyOf(nodes);
        this.output = output;
        for (int i = 0; i < nodes.size(); i++) {
            byName.putIfAbsent(nodes.get(i).name(), i);
        }
    }

    static ModelNodes of(LoadedModel model) {
        List<Node> nodes = new ArrayList<>();
        if (!model.isGraph()) {
            MultiLayerNetwork net = model.network();
            nodes.add(new Node("input", null, null, null, new int[0]));
            Layer[] layers = net.getLayers();
            for (int i = 0; i < layers.length; i++) {
                Layer layer = Dl4jRuntime.unfrozen(layers[i]); // a fine-tuned model's frozen layers, seen through
                nodes.add(new Node(layer.conf().getLayer().getLayerName(), layer, null,
                        net.getLayerWiseConfigurations().getInputPreProcess(i), new int[]{i}));
            }
            return new ModelNodes(model, nodes, nodes.size() - 1);
        }
        ComputationGraph graph = model.graph();
        int[] order = graph.topologicalSortOrder();
        GraphVertex[] vertices = graph.getVertices();
        int[] position = new int[vertices.length];
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        for (int index : order) {
            GraphVertex v = vertices[index];
            VertexIndices[] in = v.isInputVertex() || v.getInputVertices() == null ? new VertexIndices[0] : v.getInputVertices();
            int[] inputs = new int[in.length];
            for (int i = 0; i < in.length; i++) {
                inputs[i] = position[in[i].getVertexIndex()];
            }
            nodes.add(new Node(v.getVertexName(), v.hasLayer() ? Dl4jRuntime.unfrozen(v.getLayer()) : null, v,
                    v instanceof LayerVertex lv ? lv.getLayerPreProcessor() : null, inputs));
        }
        String out = graph.getConfiguration().getNetworkOutputs().get(0);
        return new ModelNodes(model, nodes, position[graph.getVertex(out).getVertexIndex()]);
    }

    LoadedModel model() {
        return model;
    }

    List<Node> nodes() {
        return nodes;
    }

    Node node(int index) {
        return nodes.get(index);
    }

    int size() {
        return nodes.size();
    }

    /** The node whose output is the model's output (the class probabilities). */
    int output() {
        return output;
    }

    /** The network input's node (a graph's only input). */
    int input() {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).isInput()) {
                return i;
            }
        }
        throw new IllegalStateException("the model has no input");
    }

    /** The node index of a name, or -1. */
    int indexOf(String name) {
        return byName.getOrDefault(name, -1);
    }

    /**
     * Every node's output for a batch in inference mode, by node index ({@code [input]} is the input itself). The
     * arrays are detached from DL4J's workspaces; the caller closes them ({@link CamNetwork#closeAll}).
     */
    INDArray[] activations(INDArray x) {
        INDArray[] out = new INDArray[nodes.size()];
        if (!model.isGraph()) {
            List<INDArray> acts = model.network().feedForward(x, false);
            if (acts.size() != out.length) {
                CamNetwork.closeAll(acts);
                throw new IllegalStateException("the network gave " + acts.size() + " activations for " + out.length + " nodes");
            }
            return acts.toArray(out);
        }
        Map<String, INDArray> acts = model.graph().feedForward(x, false);
        for (int i = 0; i < out.length; i++) {
            INDArray a = acts.get(nodes.get(i).name());
            out[i] = a == null && nodes.get(i).isInput() ? x : a;
        }
        return out;
    }

    /**
     * The names a heatmap can be drawn from, input side first. A multi-layer network: its convolution layers. A graph:
     * its convolution-like layers (convolution, depthwise, separable) and the activation, batch-norm and element-wise
     * (residual add) vertices after them whose output is still a spatial map. Found with one forward pass of a blank
     * image (for the output shapes), then kept.
     */
    synchronized List<String> explainable() {
        if (explainable != null) {
            return explainable;
        }
        List<String> out = new ArrayList<>();
        if (!model.isGraph()) {
            for (Node n : nodes) {
                if (n.layer() instanceof ConvolutionLayer) {
                    out.add(n.name());
                }
            }
            return explainable = List.copyOf(out);
        }
        int[] ranks = outputRanks();
        boolean[] afterConv = new boolean[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            boolean conv = n.layer() instanceof ConvolutionLayer;
            boolean follower = n.layer() instanceof ActivationLayer || n.layer() instanceof BatchNormalization
                    || n.vertex() instanceof ElementWiseVertex;
            boolean upstream = false;
            for (int in : n.inputs()) {
                upstream |= afterConv[in];
            }
            afterConv[i] = conv || upstream;
            if (ranks[i] == 4 && (conv || (follower && upstream))) {
                out.add(n.name());
            }
        }
        return explainable = List.copyOf(out);
    }

    /** The rank of every node's output, from a forward pass of one blank image. */
    private int[] outputRanks() {
        int[] ranks = new int[nodes.size()];
        INDArray[] acts = null;
        try (INDArray x = Nd4j.zeros(model.model().params().dataType(), model.input().shape(1))) {
            acts = activations(x);
            for (int i = 0; i < ranks.length; i++) {
                ranks[i] = acts[i] == null ? 0 : acts[i].rank();
            }
        } finally {
            if (acts != null) {
                CamNetwork.closeAll(acts);
            }
        }
        return ranks;
    }

    /**
     * Whether a node's rank-4 output is laid out channels last ([n, h, w, c]): as its own layer declares, else as
     * the node it reads from, else as the model's input.
     */
    boolean channelsLast(int index) {
        Node n = nodes.get(index);
        if (n.layer() != null) {
            var conf = n.layer().conf().getLayer();
            if (conf instanceof org.deeplearning4j.nn.conf.layers.ConvolutionLayer c) {
                return c.getCnn2dDataFormat() == CNN2DFormat.NHWC;
            }
            if (conf instanceof org.deeplearning4j.nn.conf.layers.SubsamplingLayer s) {
                return s.getCnn2dDataFormat() == CNN2DFormat.NHWC;
            }
            if (conf instanceof org.deeplearning4j.nn.conf.layers.BatchNormalization b) {
                return b.getCnn2DFormat() == CNN2DFormat.NHWC;
            }
        }
        return n.isInput() ? model.input().channelsLast() : channelsLast(n.inputs()[0]);
    }
}
