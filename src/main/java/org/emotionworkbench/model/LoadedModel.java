package org.emotionworkbench.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Sample;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Objects;

/**
 * A model ready to use: a DL4J {@link MultiLayerNetwork} (the workbench's own runs) or {@link ComputationGraph}
 * (imported Keras models, fine-tuned graphs), with the {@link InputSpec} it takes and the {@link ClassOrder} of its
 * outputs. Everything that reads a model goes through this type: it feeds the 48×48 samples at the model's size,
 * channels and scaling, and gives probabilities in the workbench's canonical class order (0 for an emotion the model
 * has no output for). Closing it frees the network's native memory.
 *
 * <p>Not thread-safe: a DL4J network runs one forward pass at a time.
 */
public final class LoadedModel implements AutoCloseable {
    private final MultiLayerNetwork network;
    private final ComputationGraph graph;
    private final InputSpec input;
    private final ClassOrder classes;
    private boolean closed;

    private LoadedModel(MultiLayerNetwork network, ComputationGraph graph, InputSpec input, ClassOrder classes) {
        this.network = network;
        this.graph = graph;
        this.input = Objects.requireNonNull(input, "input");
        this.classes = Objects.requireNonNull(classes, "classes");
        org.emotionworkbench.platform.Dl4jRuntime.dropChannelsLastBatchNormHelpers(
                network != null ? network.getLayers() : graph.getLayers());
        long outputs = outputCount();
        if (outputs > 0 && outputs != classes.size()) {
            throw new IllegalArgumentException("the model has " + outputs + " outputs but the class order names "
                    + classes.size() + " emotions (" + classes + ")");
        }
    }

    /** One of the workbench's own networks: 48×48×1 NCHW in [0, 1], canonical class order. */
    public static LoadedModel of(MultiLayerNetwork network) {
        return of(network, InputSpec.NATIVE, ClassOrder.canonical());
    }

    public static LoadedModel of(MultiLayerNetwork network, InputSpec input, ClassOrder classes) {
        return new LoadedModel(Objects.requireNonNull(network, "network"), null, input, classes);
    }

    public static LoadedModel of(ComputationGraph graph, InputSpec input, ClassOrder classes) {
        Objects.requireNonNull(graph, "graph");
        if (graph.getConfiguration().getNetworkInputs().size() != 1
                || graph.getConfiguration().getNetworkOutputs().size() != 1) {
            throw new IllegalArgumentException("the workbench uses graphs with one input (the face) and one output "
                    + "(the class probabilities); this one has " + graph.getConfiguration().getNetworkInputs().size()
                    + " input(s) and " + graph.getConfiguration().getNetworkOutputs().size() + " output(s)");
        }
        return new LoadedModel(null, graph, input, classes);
    }

    public InputSpec input() {
        return input;
    }

    public ClassOrder classes() {
        return classes;
    }

    public boolean isGraph() {
        return graph != null;
    }

    /** The multi-layer network; only for engine code that needs DL4J's own type. */
    public MultiLayerNetwork network() {
        if (network == null) {
            throw new IllegalStateException("this model is a computation graph, not a multi-layer network");
        }
        return network;
    }

    /** The computation graph; only for engine code that needs DL4J's own type. */
    public ComputationGraph graph() {
        if (graph == null) {
            throw new IllegalStateException("this model is a multi-layer network, not a computation graph");
        }
        return graph;
    }

    /** The DL4J model (either kind). */
    public Model model() {
        return network != null ? network : graph;
    }

    /** The layers, in the order DL4J runs them (topological for a graph). */
    public Layer[] layers() {
        return network != null ? network.getLayers() : graph.getLayers();
    }

    public long parameterCount() {
        return network != null ? network.numParams() : graph.numParams();
    }

    /** The model's raw output for an input batch, in the model's own class order; the caller closes it. */
    public INDArray output(INDArray features) {
        ensureOpen();
        return network != null ? network.output(features, false) : graph.outputSingle(false, features);
    }

    /** Probabilities for one 48×48 image, canonical order. */
    public float[] probabilities(float[] pixels) {
        try (INDArray x = input.features(pixels); INDArray p = output(x)) {
            return classes.toCanonical(p.getRow(0).toFloatVector());
        }
    }

    /** probabilities[i][e.ordinal()] for every sample, canonical order, batch by batch; native memory freed per batch. */
    public float[][] probabilities(List<Sample> samples, int batchSize) {
        batchSize = inferenceBatch(batchSize);
        float[][] out = new float[samples.size()][];
        ChannelsLastCopy channelsLast = channelsLastFor(samples.size(), batchSize);
        try {
            for (int from = 0; from < samples.size(); from += batchSize) {
                int to = Math.min(samples.size(), from + batchSize);
                try (INDArray x = input.features(samples, from, to);
                     INDArray p = channelsLast != null ? channelsLast.output(x) : output(x)) {
                    for (int i = from; i < to; i++) {
                        out[i] = classes.toCanonical(p.getRow(i - from).toFloatVector());
                    }
                }
            }
        } finally {
            if (channelsLast != null) {
                channelsLast.close();
            }
        }
        return out;
    }

    /**
     * A channels-last copy of the network for a pass over {@code samples} images, where one pays: a multi-layer
     * network (graphs are not copied) and more than one batch of images: making the copy of the Pisa CNN takes
     * 15–40 ms (≈ 0.3 s the first time in a JVM), channels last saves ≈ 0.12 s per batch of 256. Null where the
     * plain network runs.
     */
    private ChannelsLastCopy channelsLastFor(int samples, int batchSize) {
        ensureOpen();
        return network != null && samples > batchSize ? ChannelsLastCopy.of(network).orElse(null) : null;
    }

    /**
     * The batch size inference uses: as asked for the workbench's own networks; at most 32 for a graph, which on 2
     * cores ran the imported mini-Xception at 1.6 ms per image in batches of 32 but 4.1 ms in 64s and 7.7 ms in 256s
     * (docs/BENCHMARKS.md, "Imported models").
     */
    public int inferenceBatch(int requested) {
        return graph != null ? Math.min(requested, 32) : requested;
    }

    private long outputCount() {
        if (network != null) {
            var conf = network.getLayerWiseConfigurations().getConf(network.getnLayers() - 1).getLayer();
            return conf instanceof org.deeplearning4j.nn.conf.layers.FeedForwardLayer ff ? ff.getNOut() : -1;
        }
        return probeOutputs(graph, input);
    }

    /**
     * How many classes a model outputs, from one forward pass of a blank image at {@code input} (which also proves
     * that the model takes that input).
     *
     * @throws IllegalArgumentException when it does not take that input, or does not output one row of classes
     */
    public static long probeOutputs(Model model, InputSpec input) {
        INDArray y;
        try (INDArray x = org.nd4j.linalg.factory.Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, input.shape(1))) {
            y = model instanceof ComputationGraph g ? g.outputSingle(false, x) : ((MultiLayerNetwork) model).output(x, false);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the model does not take a " + input.describe() + " input: "
                    + e.getMessage(), e);
        }
        try (y) {
            if (y.rank() != 2) {
                throw new IllegalArgumentException("the model's output has shape " + java.util.Arrays.toString(y.shape())
                        + ", not one row of class probabilities");
            }
            return y.size(1);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this model was closed");
        }
    }

    /** Frees parameters, gradients, updater state and this thread's workspaces. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (network != null) {
            NetworkRelease.release(network);
        } else {
            NetworkRelease.release(graph);
        }
    }
}
