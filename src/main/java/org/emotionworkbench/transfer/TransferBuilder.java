package org.emotionworkbench.transfer;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.FrozenLayer;
import org.deeplearning4j.nn.layers.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.transferlearning.FineTuneConfiguration;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.deeplearning4j.nn.weights.WeightInit;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkSummary;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the model to fine-tune from a {@link Backbone} with DL4J's TransferLearning API (TransferLearning.Builder for a
 * multi-layer network, GraphBuilder for a graph): the layers named by the freeze setting are frozen (their parameters
 * stay as they are), and with a head the layers after {@code headOn} are removed and the head's layers follow it, then
 * a 7-way softmax output in canonical order (class-weighted cross-entropy when weights are given). All trainable
 * layers learn with Adam (Keras' epsilon) at the given rate; the new layers are initialised Glorot-uniform from the seed.
 */
public final class TransferBuilder {
    /** The name of the new output layer. */
    public static final String OUTPUT = "emotion_output";

    private TransferBuilder() {
    }

    /**
     * The model to train, the names of its frozen layers, and how many parameters it will train (as Keras counts
     * them: not the frozen layers' nor batch-norm's moving statistics, see {@link NetworkSummary}).
     */
    public record Result(LoadedModel model, List<String> frozen, long trainableParameters) {
    }

    public static Result build(Backbone parent, TransferSettings settings, long seed, double learningRate,
                               double[] classWeights) {
        if (settings.head() == null && parent.classes() == null) {
            throw new IllegalArgumentException("the model's outputs are not emotions (or their order is not known): "
                    + "give it a new head (--head, e.g. --head dense:256,dropout:0.5), or say what its outputs are "
                    + "(--classes)");
        }
        if (settings.head() == null && classWeights != null) {
            throw new IllegalArgumentException("class weights go into the loss of a new output layer: give a head "
                    + "(--head softmax for the output alone) or train without --balance class-weights");
        }
        Dl4jRuntime.configure();
        Nd4j.getRandom().setSeed(seed);
        FineTuneConfiguration ftc = new FineTuneConfiguration.Builder()
                .updater(new Adam(learningRate, 0.9, 0.999, 1e-7))
                .seed(seed)
                .build();
        LoadedModel model;
        ClassOrder classes = settings.head() == null ? parent.classes() : ClassOrder.canonical();
        if (parent.model() instanceof MultiLayerNetwork net) {
            model = LoadedModel.of(network(net, parent.input(), settings, ftc, classWeights), parent.input(), classes);
        } else {
            model = LoadedModel.of(graph((ComputationGraph) parent.model(), parent.input(), settings, ftc, classWeights),
                    parent.input(), classes);
        }
        List<String> frozen = new ArrayList<>();
        for (Layer layer : model.layers()) {
            if (layer instanceof FrozenLayer || layer instanceof FrozenLayerWithBackprop) {
                frozen.add(layer.conf().getLayer().getLayerName());
            }
        }
        long trainable;
        try {
            trainable = NetworkSummary.of(model).trainableParams();
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
        if (trainable == 0) {
            model.close();
            throw new IllegalArgumentException("--freeze " + settings.freeze() + " freezes every layer: nothing would "
                    + "learn");
        }
        return new Result(model, frozen, trainable);
    }

    // ---------------------------------------------------------------- multi-layer network

    private static MultiLayerNetwork network(MultiLayerNetwork net, InputSpec input, TransferSettings s,
                                             FineTuneConfiguration ftc, double[] weights) {
        int n = net.getnLayers();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = net.getLayerWiseConfigurations().getConf(i).getLayer().getLayerName();
            names.add(name == null ? String.valueOf(i) : name);
        }
        boolean classifier = net.getLayer(n - 1) instanceof org.deeplearning4j.nn.api.layers.IOutputLayer;
        // a network without a classifier (saved without its top) gets the head on its last layer
        int headOn = s.head() == null ? n - 1 : s.headOn() != null ? indexOf(names, s.headOn(), "--head-on")
                : classifier ? n - 2 : n - 1;
        if (headOn < 0) {
            throw new IllegalArgumentException("the model has no layer before its output to put a head on");
        }
        int lastTrainable = s.head() == null ? n - 1 : headOn + 1; // the new output when there is a head
        int freezeTo = -1;
        if (s.freeze() != null) {
            int count = names.contains(s.freeze()) ? -1 : s.freezeCount();
            freezeTo = count >= 0 ? count - 1 : indexOf(names, s.freeze(), "--freeze");
            if (freezeTo >= lastTrainable || freezeTo > headOn) {
                throw new IllegalArgumentException("--freeze " + s.freeze() + " would freeze every layer that is kept ("
                        + (headOn + 1) + " before the new head): nothing would learn");
            }
        }
        TransferLearning.Builder b = new TransferLearning.Builder(net).fineTuneConfiguration(ftc);
        if (freezeTo >= 0) {
            b.setFeatureExtractor(freezeTo);
        }
        if (s.head() == null && !classifier) {
            org.deeplearning4j.nn.conf.layers.Layer loss = softmaxLoss(net.getLayer(n - 1), names.get(n - 1));
            b.removeOutputLayer();
            b.addLayer(loss);
        }
        if (s.head() != null) {
            long[] shape = activationShape(net, input, headOn);
            b.removeLayersFromOutput(n - 1 - headOn);
            Shape cur = Shape.of(shape, input.channelsLast());
            int index = headOn + 1;
            for (HeadPart part : headLayers(s.head(), cur, weights)) {
                b.addLayer(part.layer);
                if (part.preprocessor != null) {
                    b.setInputPreProcessor(index, part.preprocessor);
                }
                index++;
            }
        }
        return Dl4jRuntime.prepare(b.build());
    }

    /**
     * A loss layer (softmax, cross-entropy) standing in for a model's final softmax activation layer, as Keras models
     * end: same outputs, and a loss to train with.
     */
    private static org.deeplearning4j.nn.conf.layers.Layer softmaxLoss(Layer last, String name) {
        org.deeplearning4j.nn.conf.layers.Layer conf = last.conf().getLayer();
        if (conf instanceof org.deeplearning4j.nn.conf.layers.ActivationLayer a
                && a.getActivationFn() instanceof org.nd4j.linalg.activations.impl.ActivationSoftmax) {
            return new org.deeplearning4j.nn.conf.layers.LossLayer.Builder(new LossMCXENT())
                    .activation(Activation.SOFTMAX).name(name).build();
        }
        throw new IllegalArgumentException("the model ends in " + conf.getClass().getSimpleName() + " " + name
                + ", not a softmax over classes that can be trained: give it a new head (--head)");
    }

    private static long[] activationShape(MultiLayerNetwork net, InputSpec input, int layer) {
        try (INDArray x = Nd4j.zeros(DataType.FLOAT, input.shape(1))) {
            List<INDArray> acts = net.feedForwardToLayer(layer, x, false);
            return acts.get(layer + 1).shape();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the model does not take a " + input.describe() + " input: "
                    + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- computation graph

    private static ComputationGraph graph(ComputationGraph g, InputSpec input, TransferSettings s,
                                          FineTuneConfiguration ftc, double[] weights) {
        ComputationGraphConfiguration conf = g.getConfiguration();
        Map<String, List<String>> inputsOf = conf.getVertexInputs();
        String out = conf.getNetworkOutputs().get(0);
        List<String> layerNames = Arrays.stream(g.getLayers()).map(l -> l.conf().getLayer().getLayerName()).toList();
        String headOn = null;
        Set<String> kept = new HashSet<>(conf.getVertices().keySet());
        if (s.head() != null) {
            if (s.headOn() != null) {
                if (!conf.getVertices().containsKey(s.headOn())) {
                    throw new IllegalArgumentException(noSuchLayer(s.headOn(), "--head-on", layerNames));
                }
                headOn = s.headOn();
            } else if (!(g.getVertex(out).getLayer() instanceof org.deeplearning4j.nn.api.layers.IOutputLayer)) {
                headOn = out; // no classifier (a network saved without its top): the head goes on its last layer
            } else {
                List<String> feeding = inputsOf.get(out);
                if (feeding == null || feeding.size() != 1) {
                    throw new IllegalArgumentException("the output layer " + out + " has " + feeding
                            + " as inputs: name the layer the head goes on with --head-on");
                }
                headOn = feeding.get(0);
            }
            kept = ancestors(headOn, inputsOf);
            kept.add(headOn);
        }
        List<String> freeze = new ArrayList<>();
        if (s.freeze() != null) {
            int count = conf.getVertices().containsKey(s.freeze()) ? -1 : s.freezeCount();
            if (count >= 0) {
                if (count > layerNames.size()) {
                    throw new IllegalArgumentException("--freeze " + count + ": the model has " + layerNames.size()
                            + " layers");
                }
                freeze.addAll(layerNames.subList(0, count));
            } else {
                if (!conf.getVertices().containsKey(s.freeze())) {
                    throw new IllegalArgumentException(noSuchLayer(s.freeze(), "--freeze", layerNames));
                }
                freeze.add(s.freeze());
            }
            for (String f : freeze) {
                if (!kept.contains(f)) {
                    throw new IllegalArgumentException("--freeze " + s.freeze() + " reaches layer " + f
                            + ", which the new head replaces");
                }
            }
        }
        Set<String> wanted = new HashSet<>(freeze);
        freeze.forEach(f -> wanted.addAll(ancestors(f, inputsOf)));
        wanted.retainAll(layerNames);
        TransferLearning.GraphBuilder b = new TransferLearning.GraphBuilder(g).fineTuneConfiguration(ftc);
        if (!freeze.isEmpty()) {
            b.setFeatureExtractor(freeze.toArray(String[]::new));
        }
        if (s.head() != null) {
            long[] shape = activationShape(g, input, headOn);
            for (String v : conf.getVertices().keySet()) {
                if (!kept.contains(v)) {
                    b.removeVertexAndConnections(v);
                }
            }
            String previous = headOn;
            int i = 0;
            for (HeadPart part : headLayers(s.head(), Shape.of(shape, input.channelsLast()), weights)) {
                String name = part.layer instanceof OutputLayer ? OUTPUT : "head_" + (++i) + "_" + part.kind;
                if (part.preprocessor != null) {
                    b.addLayer(name, part.layer, part.preprocessor, previous);
                } else {
                    b.addLayer(name, part.layer, previous);
                }
                previous = name;
            }
            b.setOutputs(OUTPUT);
        } else if (!(g.getVertex(out).getLayer() instanceof org.deeplearning4j.nn.api.layers.IOutputLayer)) {
            // Keras' softmax activation layer computes the probabilities but has no loss to train with
            org.deeplearning4j.nn.conf.layers.Layer loss = softmaxLoss(g.getVertex(out).getLayer(), out);
            List<String> feeding = inputsOf.get(out);
            b.removeVertexAndConnections(out);
            b.addLayer(out, loss, feeding.toArray(String[]::new));
            b.setOutputs(out);
        }
        ComputationGraph built = b.build();
        Dl4jRuntime.dropChannelsLastBatchNormHelpers(built.getLayers());
        Set<String> frozenNow = new HashSet<>();
        for (Layer l : built.getLayers()) {
            if (l instanceof FrozenLayer || l instanceof FrozenLayerWithBackprop) {
                frozenNow.add(l.conf().getLayer().getLayerName());
            }
        }
        if (!frozenNow.equals(wanted)) {
            throw new IllegalStateException("freezing went wrong: DL4J froze " + frozenNow + ", wanted " + wanted);
        }
        return built;
    }

    private static long[] activationShape(ComputationGraph g, InputSpec input, String vertex) {
        try (INDArray x = Nd4j.zeros(DataType.FLOAT, input.shape(1))) {
            Map<String, INDArray> acts = g.feedForward(x, false);
            INDArray a = acts.get(vertex);
            if (a == null) {
                throw new IllegalArgumentException("no activations for layer " + vertex);
            }
            return a.shape();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the model does not take a " + input.describe() + " input: "
                    + e.getMessage(), e);
        }
    }

    /** Every vertex whose output reaches {@code vertex}. */
    static Set<String> ancestors(String vertex, Map<String, List<String>> inputsOf) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(vertex));
        while (!todo.isEmpty()) {
            List<String> in = inputsOf.get(todo.pop());
            if (in == null) {
                continue;
            }
            for (String v : in) {
                if (seen.add(v)) {
                    todo.push(v);
                }
            }
        }
        return seen;
    }

    // ---------------------------------------------------------------- the head


    /** The activation the head starts from: features per image, or a feature map (h × w × c). */
    private record Shape(long h, long w, long c, long features, CNN2DFormat format) {
        static Shape of(long[] shape, boolean channelsLast) {
            if (shape.length == 2) {
                return new Shape(0, 0, 0, shape[1], null);
            }
            if (shape.length == 4) {
                return channelsLast ? new Shape(shape[1], shape[2], shape[3], 0, CNN2DFormat.NHWC)
                        : new Shape(shape[2], shape[3], shape[1], 0, CNN2DFormat.NCHW);
            }
            throw new IllegalArgumentException("a head goes on a layer with a feature vector or a feature map per "
                    + "image; this one outputs shape " + Arrays.toString(shape));
        }

        boolean map() {
            return format != null;
        }

        long flat() {
            return map() ? h * w * c : features;
        }
    }

    private record HeadPart(org.deeplearning4j.nn.conf.layers.Layer layer, InputPreProcessor preprocessor, String kind) {
    }

    private static List<HeadPart> headLayers(HeadSpec head, Shape start, double[] weights) {
        List<HeadPart> out = new ArrayList<>();
        Shape cur = start;
        for (HeadSpec.Part p : head.parts()) {
            if (p instanceof HeadSpec.GlobalAveragePooling) {
                if (!cur.map()) {
                    throw new IllegalArgumentException("gap (global average pooling) needs a feature map; the layer "
                            + "the head goes on outputs a vector of " + cur.features());
                }
                int[] dims = cur.format() == CNN2DFormat.NHWC ? new int[]{1, 2} : new int[]{2, 3};
                out.add(new HeadPart(new GlobalPoolingLayer.Builder(PoolingType.AVG).poolingDimensions(dims).build(),
                        null, "gap"));
                cur = new Shape(0, 0, 0, cur.c(), null);
            } else if (p instanceof HeadSpec.DropoutRate r) {
                out.add(new HeadPart(new DropoutLayer.Builder(1.0 - r.rate()).build(), null, "dropout"));
            } else if (p instanceof HeadSpec.DenseUnits d) {
                InputPreProcessor pre = flattener(cur);
                out.add(new HeadPart(new DenseLayer.Builder().nIn(cur.flat()).nOut(d.units()).activation(Activation.RELU)
                        .weightInit(WeightInit.XAVIER_UNIFORM).build(), pre, "dense"));
                cur = new Shape(0, 0, 0, d.units(), null);
            }
        }
        LossMCXENT loss = weights == null ? new LossMCXENT() : new LossMCXENT(Nd4j.createFromArray(toFloats(weights)));
        out.add(new HeadPart(new OutputLayer.Builder(loss).nIn(cur.flat()).nOut(Emotion.COUNT)
                .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER_UNIFORM).name(OUTPUT).build(),
                flattener(cur), "output"));
        return out;
    }

    /** A dropout layer keeps a feature map as it is: the dense layer after it flattens. */
    private static InputPreProcessor flattener(Shape cur) {
        return cur.map() ? new CnnToFeedForwardPreProcessor(cur.h(), cur.w(), cur.c(), cur.format()) : null;
    }

    private static float[] toFloats(double[] w) {
        if (w.length != Emotion.COUNT) {
            throw new IllegalArgumentException("need one class weight per emotion (" + Emotion.COUNT + "), got " + w.length);
        }
        float[] f = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            f[i] = (float) w[i];
        }
        return f;
    }

    private static int indexOf(List<String> names, String name, String option) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(noSuchLayer(name, option, names));
        }
        return i;
    }

    private static String noSuchLayer(String name, String option, List<String> names) {
        String list = names.size() <= 40 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 20)) + ", … , " + String.join(", ",
                names.subList(names.size() - 10, names.size()));
        return option + " " + name + ": the model has no layer of that name (its layers: " + list + ")";
    }
}
