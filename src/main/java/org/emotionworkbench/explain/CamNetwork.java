package org.emotionworkbench.explain;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.ActivationLayer;
import org.deeplearning4j.nn.layers.BaseOutputLayer;
import org.deeplearning4j.nn.layers.DropoutLayer;
import org.deeplearning4j.nn.layers.LossLayer;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.ForwardCache;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LoadedModel;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.MirroringPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A model seen from one of its layers: forward passes in inference mode that keep that layer's activations, and the
 * gradient of a class's pre-softmax score with respect to them. Works on any {@link LoadedModel}: the workbench's
 * own networks (48×48×1, channels first) and imported graphs (any input size, channels last, residual adds,
 * depthwise and 1×1 convolutions, global pooling). Images come in and go out as the 48×48 faces the user sees; the
 * model's {@link InputSpec} resizes and scales them, and its {@link ClassOrder} maps emotions to outputs.
 *
 * <p>The pre-softmax score of a class is the output layer's W·a+b when the model ends in a dense or output layer, or
 * the input of the final softmax when it ends in a softmax activation (an imported Keras model after global
 * pooling). The gradient goes backwards node by node from there through DL4J's own {@link Layer#backpropGradient}
 * and {@link GraphVertex#doBackward} (summed where a node feeds several others, as before a residual add), except
 * where DL4J would use training-mode maths: batch-norm (DL4J always differentiates the batch-statistics formula, so
 * here the inference gradient γ/√(σ²+ε) per channel is applied, on the channel axis of the layer's layout) and
 * dropout, as a layer or a layer's setting (the identity at inference). Activations and gradients are handed out
 * channels first ([n][c][h][w]) whatever the model's layout. Every INDArray made here is closed before a call
 * returns; the backward pass runs in a workspace reused from call to call, so memory stays flat over thousands of
 * heatmaps.
 */
public final class CamNetwork {
    private static final String BACKPROP_WS_ID = "EW_CAM_BACKPROP";
    private static final WorkspaceConfiguration BACKPROP_WS = WorkspaceConfiguration.builder()
            .initialSize(0).overallocationLimit(0.2)
            .policyAllocation(AllocationPolicy.OVERALLOCATE).policyLearning(LearningPolicy.FIRST_LOOP)
            .policyMirroring(MirroringPolicy.FULL).policySpill(SpillPolicy.REALLOCATE).build();

    private final ModelNodes nodes;
    private final LoadedModel model;
    private final int target;
    private final String layerName;
    private final boolean targetChannelsLast;
    private final DataType dataType;

    private CamNetwork(ModelNodes nodes, int target) {
        this.nodes = nodes;
        this.model = nodes.model();
        this.target = target;
        this.layerName = nodes.node(target).name();
        this.targetChannelsLast = nodes.channelsLast(target);
        this.dataType = model.model().params().dataType();
        if (model.isGraph()) {
            if (model.graph().getGradientsViewArray() == null) {
                model.graph().initGradientsView(); // layers' backpropGradient writes weight gradients into these views
            }
        } else if (model.network().getGradientsViewArray() == null) {
            model.network().initGradientsView();
        }
    }

    /** One of the workbench's own networks (48×48×1, channels first, canonical class order). */
    public static CamNetwork of(MultiLayerNetwork net, String name) {
        return of(LoadedModel.of(net), name);
    }

    /** The named layer ({@link #explainableLayers}), or the last convolution layer when {@code name} is null or blank. */
    public static CamNetwork of(LoadedModel model, String name) {
        return choose(ModelNodes.of(Objects.requireNonNull(model, "model")), name);
    }

    /** The same model seen from another layer (no new look at the model's structure). */
    public CamNetwork withLayer(String name) {
        return name != null && name.equals(layerName) ? this : choose(nodes, name);
    }

    private static CamNetwork choose(ModelNodes nodes, String name) {
        List<String> layers = nodes.explainable();
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("the model has no convolution layer to explain");
        }
        String chosen;
        if (name == null || name.isBlank()) {
            chosen = lastConvolution(nodes, layers);
        } else if (layers.contains(name)) {
            chosen = name;
        } else if (nodes.model().isGraph()) {
            throw new IllegalArgumentException("no convolution layer named '" + name + "'; convolution layers (and the "
                    + "batch-norm, activation and add layers after them): " + String.join(", ", layers));
        } else {
            throw new IllegalArgumentException("no convolution layer named '" + name + "'; convolution layers: "
                    + String.join(", ", layers));
        }
        return new CamNetwork(nodes, nodes.indexOf(chosen));
    }

    /** The last convolution layer proper (not a batch-norm, activation or add after it). */
    private static String lastConvolution(ModelNodes nodes, List<String> layers) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (nodes.node(nodes.indexOf(layers.get(i))).layer()
                    instanceof org.deeplearning4j.nn.layers.convolution.ConvolutionLayer) {
                return layers.get(i);
            }
        }
        return layers.get(layers.size() - 1);
    }

    /** The layers {@link #of} accepts, input side first. */
    public static List<String> explainableLayers(LoadedModel model) {
        return ModelNodes.of(model).explainable();
    }

    /** The layers this model can be explained at, input side first. */
    public List<String> layers() {
        return nodes.explainable();
    }

    /** The index of the chosen layer in a multi-layer network's layers (for tests). */
    int layerIndex() {
        if (model.isGraph()) {
            throw new IllegalStateException("a graph's layers have no index");
        }
        return target - 1;
    }

    public LoadedModel model() {
        return model;
    }

    public String layerName() {
        return layerName;
    }

    /**
     * What one batch of images looks like at the chosen layer: activations and gradients as [n][channels][height][width],
     * probabilities in the canonical class order, the explained class of each image (canonical ordinal), and the
     * model's input size (what a heatmap is first upsampled to).
     */
    public record Pass(int n, int channels, int height, int width, float[] activations, float[] gradients,
                       float[][] probabilities, int[] classes, int inputHeight, int inputWidth) {
        public int plane() {
            return height * width;
        }

        public int offset(int image) {
            return image * channels * height * width;
        }

        /** A raw h×w class-activation map as a 48×48 heatmap of the face ({@link HeatmapMath#toFace}). */
        public Heatmap heatmap(float[] cam) {
            return new Heatmap(HeatmapMath.toFace(cam, height, width, inputHeight, inputWidth));
        }

        /** One channel of one image, mapped onto the 48×48 face and scaled to [0,1] (Score-CAM's mask). */
        public float[] faceMap(int image, int channel) {
            float[] map = new float[plane()];
            System.arraycopy(activations, offset(image) + channel * plane(), map, 0, map.length);
            return HeatmapMath.toFace(map, height, width, inputHeight, inputWidth);
        }
    }

    /** Chooses the emotion to explain for image {@code index} from its probabilities (canonical order). */
    @FunctionalInterface
    public interface ClassChoice {
        Emotion choose(int index, float[] probabilities);

        /** The most probable emotion (one the model has an output for: the others have probability 0). */
        static ClassChoice predicted() {
            return (i, p) -> Emotion.values()[org.emotionworkbench.model.Inference.argmax(p)];
        }

        static ClassChoice fixed(Emotion e) {
            Objects.requireNonNull(e, "emotion");
            return (i, p) -> e;
        }

        /** Per image, by canonical ordinal. */
        static ClassChoice perImage(int[] classes) {
            return (i, p) -> Emotion.values()[classes[i]];
        }

        /** The emotion a {@link ClassTarget} resolves to, given each image's true class (null where unknown). */
        static ClassChoice of(ClassTarget target, List<Emotion> trueLabels) {
            return (i, p) -> target.resolve(trueLabels == null ? null : trueLabels.get(i), p);
        }
    }

    /** Images as the model's input batch, in the model's data type. */
    INDArray input(float[][] images) {
        InputSpec spec = model.input();
        for (float[] image : images) {
            if (image.length != ImageGeometry.PIXELS) {
                throw new IllegalArgumentException("an image has " + ImageGeometry.PIXELS + " pixels, got " + image.length);
            }
        }
        float[] buf = new float[images.length * spec.valuesPerImage()];
        for (int i = 0; i < images.length; i++) {
            spec.fill(images[i], buf, i);
        }
        INDArray f = Nd4j.create(buf, spec.shape(images.length), DataType.FLOAT);
        if (dataType == DataType.FLOAT) {
            return f;
        }
        try (f) {
            return f.castTo(dataType);
        }
    }

    /** Class probabilities of a batch (canonical order), inference mode, in the model's batch size. */
    public float[][] probabilities(float[][] images) {
        float[][] out = new float[images.length][];
        int batch = model.inferenceBatch(Math.max(1, images.length));
        for (int from = 0; from < images.length; from += batch) {
            float[][] part = Arrays.copyOfRange(images, from, Math.min(images.length, from + batch));
            try (INDArray x = input(part); INDArray p = model.output(x)) {
                float[][] rows = canonicalRows(p);
                System.arraycopy(rows, 0, out, from, rows.length);
            }
        }
        return out;
    }

    /** Forward in inference mode; with {@code gradients}, also d(score of the chosen class)/d(activations). */
    public Pass pass(float[][] images, ClassChoice choice, boolean gradients) {
        if (images.length == 0) {
            throw new IllegalArgumentException("no images");
        }
        INDArray[] acts = null;
        try (INDArray x = input(images)) {
            acts = nodes.activations(x);
            INDArray a = acts[target];
            if (a.rank() != 4) {
                throw new IllegalArgumentException("the layer " + layerName + " has no spatial output to explain");
            }
            float[][] probs = canonicalRows(acts[nodes.output()]);
            int[] classes = new int[images.length];
            int[] outputs = new int[images.length];
            for (int i = 0; i < classes.length; i++) {
                Emotion e = choice.choose(i, probs[i]);
                if (e == null) {
                    throw new IllegalArgumentException("no class chosen to explain for image " + i);
                }
                classes[i] = e.ordinal();
                outputs[i] = outputIndex(e);
            }
            long[] s = a.shape();
            int channels = (int) (targetChannelsLast ? s[3] : s[1]);
            int height = (int) (targetChannelsLast ? s[1] : s[2]);
            int width = (int) (targetChannelsLast ? s[2] : s[3]);
            float[] activations = channelsFirst(a);
            float[] g = null;
            if (gradients) {
                // every temporary of the backward pass (ours and DL4J's) lives in one reused workspace
                try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(BACKPROP_WS, BACKPROP_WS_ID)) {
                    LayerWorkspaceMgr mgr = LayerWorkspaceMgr.builder().defaultWorkspace(BACKPROP_WS_ID, BACKPROP_WS).build();
                    g = channelsFirst(scoreGradient(acts, outputs, mgr));
                }
            }
            return new Pass(images.length, channels, height, width, activations, g, probs, classes,
                    model.input().height(), model.input().width());
        } finally {
            closeAll(acts); // the input x is closed here or by try-with-resources
        }
    }

    /** The model's output index for an emotion; refused when the model has none. */
    private int outputIndex(Emotion e) {
        int k = model.classes().indexOf(e);
        if (k < 0) {
            throw new IllegalArgumentException("the model has no output for " + e.label() + "; it predicts "
                    + model.classes());
        }
        return k;
    }

    /** d score_c / d(activations of the chosen layer), from the forward activations; c are output indices. */
    private INDArray scoreGradient(INDArray[] acts, int[] outputs, LayerWorkspaceMgr mgr) {
        try (INDArray oneHot = Nd4j.create(dataType, outputs.length, model.classes().size())) {
            for (int i = 0; i < outputs.length; i++) {
                oneHot.putScalar(i, outputs[i], 1.0);
            }
            return logitGradient(acts, oneHot, target, mgr);
        }
    }

    /**
     * Gradient of each image's cross-entropy loss for its true class with respect to its 48×48 input pixels
     * (inference mode): d/dx of −log softmax(z)_y, with dL/dz = p − onehot(y), taken back through the model's
     * scaling and resizing. What FGSM perturbs along. {@code truth} holds canonical ordinals.
     */
    public float[][] lossGradientWrtInput(float[][] images, int[] truth) {
        if (images.length != truth.length || images.length == 0) {
            throw new IllegalArgumentException("need one true class per image");
        }
        int[] outputs = new int[truth.length];
        for (int i = 0; i < truth.length; i++) {
            outputs[i] = outputIndex(Emotion.values()[truth[i]]);
        }
        INDArray[] acts = null;
        try (INDArray x = input(images)) {
            acts = nodes.activations(x);
            float[][] probs = rows(acts[nodes.output()]);
            int k = model.classes().size();
            try (INDArray dLogits = Nd4j.create(dataType, images.length, k)) {
                for (int i = 0; i < images.length; i++) {
                    for (int c = 0; c < k; c++) {
                        dLogits.putScalar(i, c, probs[i][c] - (c == outputs[i] ? 1.0 : 0.0));
                    }
                }
                float[] g;
                try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(BACKPROP_WS, BACKPROP_WS_ID)) {
                    LayerWorkspaceMgr mgr = LayerWorkspaceMgr.builder().defaultWorkspace(BACKPROP_WS_ID, BACKPROP_WS).build();
                    g = flat(logitGradient(acts, dLogits, nodes.input(), mgr));
                }
                InputSpec spec = model.input();
                float[][] out = new float[images.length][];
                for (int i = 0; i < images.length; i++) {
                    out[i] = spec.pixelGradient(g, i);
                }
                return out;
            }
        } finally {
            closeAll(acts); // the input x is closed here or by try-with-resources
        }
    }

    /**
     * Backpropagates a gradient with respect to the pre-softmax scores ({@code dLogits}, [n, outputs]) down to the
     * output of node {@code downTo}, with inference-mode batch-norm and dropout. Only the nodes on a path from
     * {@code downTo} to the scores are visited; where a node feeds several others their gradients are summed.
     */
    private INDArray logitGradient(INDArray[] acts, INDArray dLogits, int downTo, LayerWorkspaceMgr mgr) {
        int n = (int) dLogits.size(0);
        int out = nodes.output();
        ModelNodes.Node last = nodes.node(out);
        INDArray eps;
        int start;
        if (last.layer() instanceof BaseOutputLayer<?> || last.layer() instanceof DenseLayer) {
            INDArray w = last.layer().getParam(DefaultParamInitializer.WEIGHT_KEY); // [nIn, nOut]
            eps = throughPreprocessor(last, dLogits.mmul(w.transpose()), n, mgr); // d(W·a+b)/da
            start = last.inputs()[0];
        } else if (last.layer() instanceof ActivationLayer || last.layer() instanceof LossLayer) {
            eps = throughPreprocessor(last, dLogits.dup(), n, mgr); // the softmax's input is the score
            start = last.inputs()[0];
        } else {
            eps = dLogits.dup(); // the output itself is the score
            start = out;
        }
        if (start == downTo) {
            return eps;
        }
        boolean[] onPath = pathNodes(downTo, start);
        INDArray[] grads = new INDArray[nodes.size()];
        grads[start] = eps;
        for (int j = start; j > downTo; j--) {
            INDArray g = grads[j];
            if (g == null) {
                continue;
            }
            grads[j] = null;
            ModelNodes.Node node = nodes.node(j);
            INDArray[] back = backward(node, acts, g, n, mgr);
            for (int i = 0; i < back.length; i++) {
                int u = node.inputs()[i];
                if (!onPath[u] || back[i] == null) {
                    continue;
                }
                if (grads[u] == null) {
                    grads[u] = back[i];
                } else {
                    INDArray sum = grads[u].add(back[i]);
                    closeQuietly(grads[u]);
                    closeQuietly(back[i]);
                    grads[u] = sum;
                }
            }
            if (Arrays.stream(back).noneMatch(b -> b == g)) {
                closeQuietly(g);
            }
        }
        if (grads[downTo] == null) {
            throw new IllegalStateException("the scores do not depend on " + nodes.node(downTo).name());
        }
        return grads[downTo];
    }

    /** The nodes both reachable from {@code from} and leading to {@code to}: where the gradient flows. */
    private boolean[] pathNodes(int from, int to) {
        boolean[] below = new boolean[nodes.size()];
        below[from] = true;
        for (int j = from + 1; j <= to; j++) {
            for (int u : nodes.node(j).inputs()) {
                below[j] |= below[u];
            }
        }
        boolean[] above = new boolean[nodes.size()];
        above[to] = true;
        for (int j = to; j >= from; j--) {
            if (above[j]) {
                for (int u : nodes.node(j).inputs()) {
                    above[u] = true;
                }
            }
        }
        boolean[] on = new boolean[nodes.size()];
        for (int j = from; j <= to; j++) {
            on[j] = below[j] && above[j];
        }
        return on;
    }

    /** Gradients at each input of a node given the gradient at its output. */
    private INDArray[] backward(ModelNodes.Node node, INDArray[] acts, INDArray eps, int n, LayerWorkspaceMgr mgr) {
        if (node.layer() == null) { // a graph vertex without parameters (add, merge, ...): DL4J's own backward
            GraphVertex v = node.vertex();
            for (int i = 0; i < node.inputs().length; i++) {
                v.setInput(i, acts[node.inputs()[i]], mgr);
            }
            v.setEpsilon(eps);
            try {
                Pair<Gradient, INDArray[]> p = v.doBackward(false, mgr);
                return p.getSecond();
            } finally {
                v.clear();
            }
        }
        INDArray next = backThroughLayer(node, acts[node.inputs()[0]], eps, n, mgr);
        return new INDArray[]{throughPreprocessor(node, next, n, mgr)};
    }

    private static INDArray throughPreprocessor(ModelNodes.Node node, INDArray eps, int n, LayerWorkspaceMgr mgr) {
        if (node.preprocessor() == null) {
            return eps;
        }
        INDArray out = node.preprocessor().backprop(eps, n, mgr).dup('c');
        closeQuietly(eps);
        return out;
    }

    /** Epsilon at the layer's input (before its preprocessor) given epsilon at its output. */
    private static INDArray backThroughLayer(ModelNodes.Node node, INDArray rawInput, INDArray eps, int n,
                                             LayerWorkspaceMgr mgr) {
        Layer layer = node.layer(); // ModelNodes holds frozen layers unwrapped (Dl4jRuntime.unfrozen)
        if (layer instanceof DropoutLayer) {
            return eps;
        }
        if (layer instanceof BatchNormalization bn) {
            return batchNormInference(bn, eps);
        }
        if (layer.numParams() > 0 && layer.getGradientsViewArray() == null) {
            // the layer inside a frozen wrapper never got gradient storage; its backprop writes weight gradients there
            layer.setBackpropGradientsViewArray(Nd4j.create(layer.params().dataType(), 1, layer.numParams()));
        }
        INDArray in = node.preprocessor() == null ? rawInput : node.preprocessor().preProcess(rawInput, n, mgr);
        layer.setInput(in, mgr);
        ForwardCache.clear(layer); // else a convolution would back-propagate through the last training batch's values
        // dropout is the identity at inference; DL4J would back-propagate through a training mask there is none of
        // (Keras imports give every layer a dropout of retain probability 1)
        var conf = layer.conf().getLayer();
        var dropout = conf.getIDropout();
        conf.setIDropout(null);
        try {
            Pair<Gradient, INDArray> p = layer.backpropGradient(eps, mgr);
            return p.getSecond().dup('c');
        } finally {
            conf.setIDropout(dropout);
            layer.clear();
            if (in != rawInput && in.closeable()) {
                in.close();
            }
        }
    }

    /** γ/√(σ²+ε) per channel (or feature): batch-norm's gradient with its moving statistics. */
    private static INDArray batchNormInference(BatchNormalization bn, INDArray eps) {
        var conf = (org.deeplearning4j.nn.conf.layers.BatchNormalization) bn.conf().getLayer();
        double[] variance;
        if (conf.isUseLogStd()) {
            variance = bn.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD).toDoubleVector();
            for (int c = 0; c < variance.length; c++) {
                double std = Math.pow(10.0, variance[c]);
                variance[c] = std * std;
            }
        } else {
            variance = bn.getParam(BatchNormalizationParamInitializer.GLOBAL_VAR).toDoubleVector();
        }
        double[] gamma = conf.isLockGammaBeta() ? null
                : bn.getParam(BatchNormalizationParamInitializer.GAMMA).toDoubleVector();
        double[] scale = new double[variance.length];
        for (int c = 0; c < scale.length; c++) {
            double g = gamma == null ? conf.getGamma() : gamma[c];
            scale[c] = g / Math.sqrt(variance[c] + conf.getEps());
        }
        int channelAxis = eps.rank() == 4 && conf.getCnn2DFormat() == org.deeplearning4j.nn.conf.CNN2DFormat.NHWC ? 3 : 1;
        try (INDArray d = Nd4j.createFromArray(scale); INDArray s = d.castTo(eps.dataType()).dup()) {
            INDArray out = eps.ulike();
            Nd4j.getExecutioner().exec(new BroadcastMulOp(eps, s, out, channelAxis));
            return out;
        }
    }

    /** A rank-4 array's values as [n][c][h][w] floats, whatever its layout. */
    private float[] channelsFirst(INDArray a) {
        return targetChannelsLast && a.rank() == 4 ? flat(a.permute(0, 3, 1, 2)) : flat(a);
    }

    /** Output rows (model order) as canonical probabilities. */
    private float[][] canonicalRows(INDArray p) {
        float[][] raw = rows(p);
        ClassOrder order = model.classes();
        for (int i = 0; i < raw.length; i++) {
            raw[i] = order.toCanonical(raw[i]);
        }
        return raw;
    }

    private static float[][] rows(INDArray p) {
        float[][] out = new float[(int) p.size(0)][];
        float[] all = flat(p);
        int k = (int) p.size(1);
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOfRange(all, i * k, (i + 1) * k);
        }
        return out;
    }

    /** All values in C order, as floats. */
    static float[] flat(INDArray a) {
        INDArray cast = a.dataType() == DataType.FLOAT ? a : a.castTo(DataType.FLOAT);
        INDArray f = cast.dup('c');
        try {
            return f.data().asFloat();
        } finally {
            closeQuietly(f);
            if (cast != a) {
                closeQuietly(cast);
            }
        }
    }

    /** Closes each distinct array once (a feed-forward list may hold the same array twice). */
    static void closeAll(INDArray[] arrays) {
        if (arrays != null) {
            closeAll(Arrays.asList(arrays));
        }
    }

    static void closeAll(Collection<INDArray> arrays) {
        if (arrays == null) {
            return;
        }
        java.util.Set<INDArray> closed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (INDArray a : arrays) {
            if (a != null && closed.add(a)) {
                closeQuietly(a);
            }
        }
    }

    private static void closeQuietly(INDArray a) {
        if (a != null && !a.wasClosed() && a.closeable()) {
            a.close();
        }
    }
}
