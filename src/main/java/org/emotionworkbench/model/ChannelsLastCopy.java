package org.emotionworkbench.model;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An inference-only copy of one of the workbench's own networks that runs channels last (NHWC): the same layers and
 * weights, with convolution, pooling and the convolutional batch-norm layers on NHWC data and the rows of the first
 * dense layer's weights reordered from DL4J's (channel, row, column) flattening to (row, column, channel). On the
 * oneDNN CPU backend the Pisa CNN then infers ≈ 1.5× faster than in DL4J's default NCHW layout (batch 256: 680 → 998
 * images/s), with the same probabilities to float rounding (docs/BENCHMARKS.md, "Current figures"). Training stays
 * NCHW: channels-last training measured slower ({@code bench/ChannelsLastTrainingProbe} in src/tools).
 *
 * <p>A copy holds the source's parameters as they were when it was made: make one per pass over a dataset (as
 * {@link LoadedModel#probabilities(java.util.List, int)} does) and close it after. Only plain stacks of the layer
 * kinds {@link NetworkFactory} builds are copied; {@link #of} says no to anything else, and to every backend but the
 * CPU one. {@code -Demotionworkbench.channelslast=false} turns it off (for A/B comparisons).
 */
public final class ChannelsLastCopy implements AutoCloseable {
    public static final String PROPERTY = "emotionworkbench.channelslast";

    private static final Set<Class<?>> CONVOLUTIONAL = Set.of(ConvolutionLayer.class, SubsamplingLayer.class,
            BatchNormalization.class, DropoutLayer.class);
    private static final Set<Class<?>> DENSE = Set.of(DenseLayer.class, OutputLayer.class, BatchNormalization.class,
            DropoutLayer.class);

    private final MultiLayerNetwork copy;

    private ChannelsLastCopy(MultiLayerNetwork copy) {
        this.copy = copy;
    }

    /**
     * Whether channels-last inference is switched on (the default) and runs where it was measured: the CPU backend
     * with oneDNN built in and its helpers on.
     */
    public static boolean enabled() {
        Dl4jRuntime.configure();
        return Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) && Dl4jRuntime.oneDnnRequested()
                && Dl4jRuntime.onCpuBackend() && Dl4jRuntime.nativeOneDnnAvailable();
    }

    /**
     * A channels-last copy of {@code net} with its current parameters, or empty when it is switched off or the network
     * is not a plain NCHW stack.
     */
    public static Optional<ChannelsLastCopy> of(MultiLayerNetwork net) {
        if (!enabled()) {
            return Optional.empty();
        }
        return configuration(net.getLayerWiseConfigurations()).map(conf -> {
            conf.getConfs().forEach(layerConf -> layerConf.setCacheMode(CacheMode.NONE)); // inference only
            MultiLayerNetwork copy = new MultiLayerNetwork(conf);
            // the source's parameters as the copy's from the start: no random initialisation, which would also move
            // ND4J's global random generator under code that relies on it (dropout masks, shuffles)
            try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                copy.init(net.params().dup(), false);
            }
            Dl4jRuntime.prepareChannelsLastInference(copy);
            int flatten = flattenLayer(conf);
            CnnToFeedForwardPreProcessor p = (CnnToFeedForwardPreProcessor) conf.getInputPreProcessors().get(flatten);
            reorderDenseRows(net, copy, flatten, p.getNumChannels(), p.getInputHeight(), p.getInputWidth());
            return new ChannelsLastCopy(copy);
        });
    }

    /**
     * The same network's configuration (a new object) with its convolutional part channels last, or empty when it is
     * not a plain NCHW stack of the layer kinds {@link NetworkFactory} builds. Parameters laid out for {@code nchw}
     * fit it except the first dense layer's weight rows ({@link #of} reorders them).
     */
    public static Optional<MultiLayerConfiguration> configuration(MultiLayerConfiguration nchw) {
        MultiLayerConfiguration conf = MultiLayerConfiguration.fromJson(nchw.toJson());
        Map<Integer, InputPreProcessor> pre = conf.getInputPreProcessors();
        int flatten = flattenLayer(conf);
        if (flatten <= 0 || pre.size() != 1 || ((CnnToFeedForwardPreProcessor) pre.get(flatten)).getFormat()
                != CNN2DFormat.NCHW) {
            return Optional.empty(); // no convolutional part (nothing to gain), or other preprocessors
        }
        for (int i = 0; i < conf.getConfs().size(); i++) {
            org.deeplearning4j.nn.conf.layers.Layer layer = conf.getConf(i).getLayer();
            if (!(i < flatten ? CONVOLUTIONAL : DENSE).contains(layer.getClass())
                    || (i < flatten && !channelsLast(layer))) {
                return Optional.empty();
            }
        }
        CnnToFeedForwardPreProcessor p = (CnnToFeedForwardPreProcessor) pre.get(flatten);
        pre.put(flatten, new CnnToFeedForwardPreProcessor(p.getInputHeight(), p.getInputWidth(), p.getNumChannels(),
                CNN2DFormat.NHWC));
        return Optional.of(conf);
    }

    /** The layer whose input is flattened from the convolutional part, or -1. */
    private static int flattenLayer(MultiLayerConfiguration conf) {
        return conf.getInputPreProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof CnnToFeedForwardPreProcessor)
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    /** Switches one convolutional-part layer to NHWC; false if it already was not NCHW. */
    private static boolean channelsLast(org.deeplearning4j.nn.conf.layers.Layer layer) {
        if (layer instanceof ConvolutionLayer c) {
            if (c.getCnn2dDataFormat() != CNN2DFormat.NCHW) {
                return false;
            }
            c.setCnn2dDataFormat(CNN2DFormat.NHWC);
        } else if (layer instanceof SubsamplingLayer s) {
            if (s.getCnn2dDataFormat() != CNN2DFormat.NCHW) {
                return false;
            }
            s.setCnn2dDataFormat(CNN2DFormat.NHWC);
        } else if (layer instanceof BatchNormalization b) {
            if (b.getCnn2DFormat() != CNN2DFormat.NCHW) {
                return false;
            }
            b.setCnn2DFormat(CNN2DFormat.NHWC);
        }
        return true;
    }

    /**
     * The source network's inference output for NCHW {@code features} ({@code [n, c, h, w]}, as the network takes
     * them), computed channels last; the caller closes it.
     */
    public INDArray output(INDArray features) {
        INDArray nhwc = features.size(1) == 1 && features.ordering() == 'c' && Shape.hasDefaultStridesForShape(features)
                ? features.reshape('c', features.size(0), features.size(2), features.size(3), 1) // same memory
                : features.permute(0, 2, 3, 1).dup('c');
        try {
            return copy.output(nhwc, false);
        } finally {
            closeIfOwned(nhwc);
        }
    }

    private static void reorderDenseRows(MultiLayerNetwork source, MultiLayerNetwork copy, int flattenLayer,
                                         long channels, long height, long width) {
        INDArray w = source.getLayer(flattenLayer).getParam("W");
        long units = w.size(1);
        // row (channel, y, x) of the NCHW flattening becomes row (y, x, channel)
        INDArray split = w.reshape('c', channels, height, width, units);
        INDArray rows = split.permute(1, 2, 0, 3).reshape('c', w.size(0), units);
        copy.getLayer(flattenLayer).getParam("W").assign(rows);
        closeIfOwned(rows);
        closeIfOwned(split);
    }

    /** Closes a temporary this class made; views and workspace arrays are left alone (not closeable). */
    private static void closeIfOwned(INDArray a) {
        if (a.closeable()) {
            a.close();
        }
    }

    /**
     * Frees the copy's parameters (not the source's). The thread's workspaces stay: the source network uses the same
     * ones, and a layer's cached pre-activation may point into them ({@link ForwardCache}).
     */
    @Override
    public void close() {
        closeIfOwned(copy.params());
    }
}
