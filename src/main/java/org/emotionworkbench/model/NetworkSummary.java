package org.emotionworkbench.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.impl.FrozenVertex;
import org.deeplearning4j.nn.layers.FrozenLayer;
import org.deeplearning4j.nn.layers.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Keras-like summary of a network as it is, not as a spec says it should be: every layer (every vertex of a graph,
 * in the order DL4J runs them) with its output shape from one forward pass of a blank image, its parameters, and
 * whether transfer learning froze it. Trainable and non-trainable totals count as Keras does: a frozen layer's
 * weights are non-trainable, and so are batch-norm's moving mean and variance. What the Model screen shows for an
 * imported or fine-tuned run, and what the study estimate prices a fine-tuning source by.
 */
public record NetworkSummary(List<NetworkLayer> layers) {
    /** Batch-norm's statistics, updated without gradients (DL4J's BatchNormalizationParamInitializer keys). */
    private static final Set<String> BATCH_NORM_STATISTICS = Set.of("mean", "var", "log10stdev");

    public NetworkSummary {
        layers = List.copyOf(layers);
    }

    /** Summarises {@code model} (one forward pass of a blank image at its input size). */
    public static NetworkSummary of(LoadedModel model) {
        try (INDArray x = Nd4j.zeros(DataType.FLOAT, model.input().shape(1))) {
            boolean channelsLast = model.input().channelsLast();
            return model.isGraph() ? graph(model.graph(), x, channelsLast) : network(model.network(), x, channelsLast);
        }
    }

    private static NetworkSummary network(MultiLayerNetwork net, INDArray x, boolean channelsLast) {
        List<INDArray> acts = net.feedForward(x, false);
        List<NetworkLayer> rows = new ArrayList<>();
        try {
            for (int i = 0; i < net.getnLayers(); i++) {
                Layer l = net.getLayer(i);
                String name = l.conf().getLayer().getLayerName();
                rows.add(row(name == null ? String.valueOf(i) : name, l, false, acts.get(i + 1).shape(), channelsLast));
            }
        } finally {
            release(acts, x);
        }
        return new NetworkSummary(rows);
    }

    private static NetworkSummary graph(ComputationGraph g, INDArray x, boolean channelsLast) {
        Map<String, INDArray> acts = g.feedForward(x, false);
        List<NetworkLayer> rows = new ArrayList<>();
        try {
            GraphVertex[] vertices = g.getVertices();
            for (int index : g.topologicalSortOrder()) {
                GraphVertex v = vertices[index];
                if (v.isInputVertex()) {
                    continue;
                }
                INDArray a = acts.get(v.getVertexName());
                long[] shape = a == null ? null : a.shape();
                boolean frozenVertex = v instanceof FrozenVertex;
                if (v.hasLayer()) {
                    rows.add(row(v.getVertexName(), v.getLayer(), frozenVertex, shape, channelsLast));
                } else {
                    rows.add(new NetworkLayer(v.getVertexName(), v.getClass().getSimpleName(),
                            shape(shape, channelsLast), 0, 0, frozenVertex, 0));
                }
            }
        } finally {
            release(acts.values(), x);
        }
        return new NetworkSummary(rows);
    }

    /** Closes each activation once (a dropout or identity layer hands its input on as its output), not the input. */
    private static void release(java.util.Collection<INDArray> acts, INDArray input) {
        Set<INDArray> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.add(input);
        for (INDArray a : acts) {
            if (a != null && seen.add(a) && a.closeable()) {
                a.close();
            }
        }
    }

    private static NetworkLayer row(String name, Layer outer, boolean inFrozenVertex, long[] output,
                                    boolean channelsLast) {
        Layer inner = Dl4jRuntime.unfrozen(outer);
        boolean frozen = inFrozenVertex || outer instanceof FrozenLayer || outer instanceof FrozenLayerWithBackprop;
        org.deeplearning4j.nn.conf.layers.Layer conf = inner.conf().getLayer();
        long params = outer.numParams();
        long statistics = 0;
        if (conf instanceof org.deeplearning4j.nn.conf.layers.BatchNormalization) {
            for (Map.Entry<String, INDArray> p : inner.paramTable().entrySet()) {
                if (BATCH_NORM_STATISTICS.contains(p.getKey())) {
                    statistics += p.getValue().length();
                }
            }
        }
        long nonTrainable = frozen ? params : statistics;
        long macs = 0;
        if (conf instanceof ConvolutionLayer && output != null && output.length == 4) {
            long h = channelsLast ? output[1] : output[2];
            long w = channelsLast ? output[2] : output[3];
            macs = params * h * w;
        } else if (conf instanceof FeedForwardLayer) {
            macs = params;
        }
        return new NetworkLayer(name, conf.getClass().getSimpleName(), shape(output, channelsLast),
                params - nonTrainable, nonTrainable, frozen, macs);
    }

    /** Keras' way of writing a shape: batch as None, channels last. */
    static String shape(long[] shape, boolean channelsLast) {
        if (shape == null) {
            return "?";
        }
        if (shape.length == 4 && !channelsLast) {
            return "(None, " + shape[2] + ", " + shape[3] + ", " + shape[1] + ")";
        }
        StringBuilder sb = new StringBuilder("(None");
        for (int i = 1; i < shape.length; i++) {
            sb.append(", ").append(shape[i]);
        }
        return sb.append(')').toString();
    }

    public long trainableParams() {
        return layers.stream().mapToLong(NetworkLayer::trainableParams).sum();
    }

    public long nonTrainableParams() {
        return layers.stream().mapToLong(NetworkLayer::nonTrainableParams).sum();
    }

    public long totalParams() {
        return trainableParams() + nonTrainableParams();
    }

    /** The names of the frozen layers, in order. */
    public List<String> frozenLayers() {
        return layers.stream().filter(NetworkLayer::frozen).map(NetworkLayer::name).toList();
    }

    /** Multiply-adds of one forward pass of one image through the frozen layers. */
    public long frozenMultiplyAdds() {
        return layers.stream().filter(NetworkLayer::frozen).mapToLong(NetworkLayer::multiplyAdds).sum();
    }

    /** Multiply-adds of one forward pass of one image through the layers that train. */
    public long trainableMultiplyAdds() {
        return layers.stream().filter(l -> !l.frozen()).mapToLong(NetworkLayer::multiplyAdds).sum();
    }

    /** "Total params: 75,239 · trainable 1,248 · non-trainable 73,991 (3 frozen layers)". */
    public String totals() {
        int frozen = frozenLayers().size();
        return "Total params: " + KerasSummaryText.grouped(totalParams()) + " · trainable " + KerasSummaryText.grouped(trainableParams())
                + " · non-trainable " + KerasSummaryText.grouped(nonTrainableParams())
                + (frozen == 0 ? "" : " (" + frozen + " frozen layer" + (frozen == 1 ? "" : "s") + ")");
    }

    /** Keras' text summary with a "Frozen" column. */
    public String render(String title) {
        List<List<String>> rows = layers.stream()
                .map(l -> List.of(label(l), l.outputShape(), KerasSummaryText.grouped(l.params()), l.frozen() ? "yes" : "")).toList();
        return KerasSummaryText.render(title, List.of("Layer (type)", "Output Shape", "Param #", "Frozen"), rows,
                "Frozen".length(), totalParams(), trainableParams(), nonTrainableParams());
    }

    private static String label(NetworkLayer l) {
        return l.name() + " (" + l.type() + ")";
    }
}
