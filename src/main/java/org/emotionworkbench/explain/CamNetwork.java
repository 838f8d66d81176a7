package org.emotionworkbench.explain;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseOutputLayer;
import org.deeplearning4j.nn.layers.DropoutLayer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.ForwardCache;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
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

import java.util.ArrayList;
import java.util.List;

/**
 * A network seen from one of its convolution layers: forward passes in inference mode that keep that layer's
 * activations, and the gradient of a class's pre-softmax score (the output layer's W·a+b) with respect to them.
 *
 * <p>The gradient goes backwards layer by layer from the output layer through DL4J's own
 * {@link Layer#backpropGradient}, except where DL4J would use training-mode maths: batch-norm (DL4J always
 * differentiates the batch-statistics formula, so here the inference gradient γ/√(σ²+ε) per channel is applied)
 * and dropout (the identity at inference). Every INDArray made here is closed before a call returns; the
 * backward pass runs in a workspace reused from call to call, so memory stays flat over thousands of heatmaps.
 */
public final class CamNetwork {
    private static final String BACKPROP_WS_ID = "EW_CAM_BACKPROP";
    private static final WorkspaceConfiguration BACKPROP_WS = WorkspaceConfiguration.builder()
            .initialSize(0).overallocationLimit(0.2)
            .policyAllocation(AllocationPolicy.OVERALLOCATE).policyLearning(LearningPolicy.FIRST_LOOP)
            .policyMirroring(MirroringPolicy.FULL).policySpill(SpillPolicy.REALLOCATE).build();

    private final MultiLayerNetwork net;
    private final int layerIndex;
    private final String layerName;
    private final DataType dataType;

    private CamNetwork(MultiLayerNetwork net, int layerIndex, String layerName) {
        this.net = net;
        this.layerIndex = layerIndex;
        this.layerName = layerName;
        this.dataType = net.params().dataType();
        if (net.getGradientsViewArray() == null) {
            net.initGradientsView(); // BaseLayer.backpropGradient writes weight gradients into these views
        }
    }

    /** The named convolution layer, or the last convolution layer when {@code name} is null or blank. */
    public static CamNetwork of(MultiLayerNetwork net, String name) {
        Layer[] layers = net.getLayers();
        List<String> convs = new ArrayList<>();
        int chosen = -1;
        for (int i = 0; i < layers.length; i++) {
            if (layers[i] instanceof ConvolutionLayer) {
                String n = layerNameOf(layers[i]);
                convs.add(n);
                if (name == null || name.isBlank() || n.equals(name)) {
                    chosen = i;
                }
            }
        }
        if (convs.isEmpty()) {
            throw new IllegalArgumentException("the model has no convolution layer to explain");
        }
        if (chosen < 0) {
            throw new IllegalArgumentException("no convolution layer named '" + name + "'; convolution layers: "
                    + String.join(", ", convs));
        }
        return new CamNetwork(net, chosen, layerNameOf(layers[chosen]));
    }

    /** Names of the network's convolution layers, input side first: what {@link #of} accepts. */
    public static List<String> convolutionLayerNames(MultiLayerNetwork net) {
        List<String> out = new ArrayList<>();
        for (Layer layer : net.getLayers()) {
            if (layer instanceof ConvolutionLayer) {
                out.add(layerNameOf(layer));
            }
        }
        return List.copyOf(out);
    }

    private static String layerNameOf(Layer layer) {
        return layer.conf().getLayer().getLayerName();
    }

    int layerIndex() {
        return layerIndex;
    }

    public MultiLayerNetwork network() {
        return net;
    }

    public String layerName() {
        return layerName;
    }

    /** What one batch of images looks like at the chosen layer. */
    public record Pass(int n, int channels, int height, int width, float[] activations, float[] gradients,
                       float[][] probabilities, int[] classes) {
        public int plane() {
            return height * width;
        }

        public int offset(int image) {
            return image * channels * height * width;
        }
    }

    /** Chooses the class to explain for image {@code index} from its probabilities. */
    @FunctionalInterface
    public interface ClassChoice {
        int choose(int index, float[] probabilities);

        static ClassChoice predicted() {
            return (i, p) -> org.emotionworkbench.model.Inference.argmax(p);
        }

        static ClassChoice fixed(Emotion e) {
            return (i, p) -> e.ordinal();
        }

        static ClassChoice perImage(int[] classes) {
            return (i, p) -> classes[i];
        }
    }

    /** Inputs as [n, 1, 48, 48] in the network's data type. */
    public INDArray input(float[][] images) {
        float[] buf = new float[images.length * ImageGeometry.PIXELS];
        for (int i = 0; i < images.length; i++) {
            if (images[i].length != ImageGeometry.PIXELS) {
                throw new IllegalArgumentException("an image has " + ImageGeometry.PIXELS + " pixels, got " + images[i].length);
            }
            System.arraycopy(images[i], 0, buf, i * ImageGeometry.PIXELS, ImageGeometry.PIXELS);
        }
        INDArray f = Nd4j.create(buf, new long[]{images.length, 1, ImageGeometry.SIDE, ImageGeometry.SIDE}, DataType.FLOAT);
        if (dataType == DataType.FLOAT) {
            return f;
        }
        try (f) {
            return f.castTo(dataType);
        }
    }

    /** Class probabilities of a batch, inference mode. */
    public float[][] probabilities(float[][] images) {
        try (INDArray x = input(images); INDArray p = net.output(x, false)) {
            return rows(p);
        }
    }

    /** Forward in inference mode; with {@code gradients}, also d(score of the chosen class)/d(activations). */
    public Pass pass(float[][] images, ClassChoice choice, boolean gradients) {
        if (images.length == 0) {
            throw new IllegalArgumentException("no images");
        }
        List<INDArray> acts = null;
        try (INDArray x = input(images)) {
            acts = net.feedForward(x, false);
            INDArray target = acts.get(layerIndex + 1);
            float[][] probs = rows(acts.get(acts.size() - 1));
            int[] classes = new int[images.length];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = choice.choose(i, probs[i]);
                if (classes[i] < 0 || classes[i] >= Emotion.COUNT) {
                    throw new IllegalArgumentException("class index out of range: " + classes[i]);
                }
            }
            long[] s = target.shape();
            float[] a = flat(target);
            float[] g = null;
            if (gradients) {
                // every temporary of the backward pass (ours and DL4J's) lives in one reused workspace
                try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(BACKPROP_WS, BACKPROP_WS_ID)) {
                    LayerWorkspaceMgr mgr = LayerWorkspaceMgr.builder().defaultWorkspace(BACKPROP_WS_ID, BACKPROP_WS).build();
                    g = flat(scoreGradient(acts, classes, mgr));
                }
            }
            return new Pass(images.length, (int) s[1], (int) s[2], (int) s[3], a, g, probs, classes);
        } finally {
            closeAll(acts); // the input x is closed here or by try-with-resources
        }
    }

    /** d score_c / d(activations of the chosen layer), from the feedForward activations. */
    INDArray scoreGradient(List<INDArray> acts, int[] classes, LayerWorkspaceMgr mgr) {
        try (INDArray oneHot = Nd4j.create(dataType, classes.length, Emotion.COUNT)) {
            for (int i = 0; i < classes.length; i++) {
                oneHot.putScalar(i, classes[i], 1.0);
            }
            return logitGradient(acts, oneHot, layerIndex, mgr);
        }
    }

    /**
     * Backpropagates a gradient with respect to the pre-softmax scores ({@code dLogits}, [n, classes]) down to the
     * output of layer {@code downTo} (−1: to the network input), with inference-mode batch-norm and dropout.
     */
    private INDArray logitGradient(List<INDArray> acts, INDArray dLogits, int downTo, LayerWorkspaceMgr mgr) {
        Layer[] layers = net.getLayers();
        int last = layers.length - 1;
        if (!(layers[last] instanceof BaseOutputLayer<?>)) {
            throw new IllegalArgumentException("the last layer is not an output layer");
        }
        INDArray w = layers[last].getParam(DefaultParamInitializer.WEIGHT_KEY); // [nIn, nOut]
        int n = (int) dLogits.size(0);
        INDArray eps = dLogits.mmul(w.transpose()); // d(W·a+b)/da
        eps = throughPreprocessor(last, eps, n, mgr);
        for (int j = last - 1; j > downTo; j--) {
            INDArray next = backThroughLayer(layers[j], acts.get(j), eps, mgr);
            if (next != eps) {
                eps.close();
            }
            eps = throughPreprocessor(j, next, n, mgr);
        }
        return eps;
    }

    /**
     * Gradient of each image's cross-entropy loss for its true class with respect to its input pixels (inference
     * mode): d/dx of −log softmax(z)_y, with dL/dz = p − onehot(y). What FGSM perturbs along.
     */
    public float[][] lossGradientWrtInput(float[][] images, int[] truth) {
        if (images.length != truth.length || images.length == 0) {
            throw new IllegalArgumentException("need one true class per image");
        }
        List<INDArray> acts = null;
        try (INDArray x = input(images)) {
            acts = net.feedForward(x, false);
            float[][] probs = rows(acts.get(acts.size() - 1));
            try (INDArray dLogits = Nd4j.create(dataType, images.length, Emotion.COUNT)) {
                for (int i = 0; i < images.length; i++) {
                    for (int c = 0; c < Emotion.COUNT; c++) {
                        dLogits.putScalar(i, c, probs[i][c] - (c == truth[i] ? 1.0 : 0.0));
                    }
                }
                float[] g;
                try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(BACKPROP_WS, BACKPROP_WS_ID)) {
                    LayerWorkspaceMgr mgr = LayerWorkspaceMgr.builder().defaultWorkspace(BACKPROP_WS_ID, BACKPROP_WS).build();
                    g = flat(logitGradient(acts, dLogits, -1, mgr));
                }
                float[][] out = new float[images.length][];
                for (int i = 0; i < images.length; i++) {
                    out[i] = java.util.Arrays.copyOfRange(g, i * ImageGeometry.PIXELS, (i + 1) * ImageGeometry.PIXELS);
                }
                return out;
            }
        } finally {
            closeAll(acts); // the input x is closed here or by try-with-resources
        }
    }

    private INDArray throughPreprocessor(int layer, INDArray eps, int n, LayerWorkspaceMgr mgr) {
        InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(layer);
        if (pre == null) {
            return eps;
        }
        INDArray out = pre.backprop(eps, n, mgr).dup('c');
        eps.close();
        return out;
    }

    /** Epsilon at the layer's input (before its preprocessor) given epsilon at its output. */
    private INDArray backThroughLayer(Layer layer, INDArray rawInput, INDArray eps, LayerWorkspaceMgr mgr) {
        if (layer instanceof DropoutLayer) {
            return eps;
        }
        if (layer instanceof BatchNormalization bn) {
            return batchNormInference(bn, eps);
        }
        int index = layer.getIndex();
        InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(index);
        INDArray in = pre == null ? rawInput : pre.preProcess(rawInput, (int) rawInput.size(0), mgr);
        layer.setInput(in, mgr);
        ForwardCache.clear(layer); // else a convolution would back-propagate through the last training batch's values
        try {
            Pair<Gradient, INDArray> p = layer.backpropGradient(eps, mgr);
            return p.getSecond().dup('c');
        } finally {
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
        try (INDArray d = Nd4j.createFromArray(scale); INDArray s = d.castTo(eps.dataType()).dup()) {
            INDArray out = eps.ulike();
            Nd4j.getExecutioner().exec(new BroadcastMulOp(eps, s, out, 1));
            return out;
        }
    }

    private static float[][] rows(INDArray p) {
        float[][] out = new float[(int) p.size(0)][];
        float[] all = flat(p);
        int k = (int) p.size(1);
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(all, i * k, (i + 1) * k);
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

    /** Closes each distinct array of a feed-forward list once (the list may hold the same array twice). */
    private static void closeAll(List<INDArray> arrays) {
        if (arrays == null) {
            return;
        }
        java.util.Set<INDArray> closed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (INDArray a : arrays) {
            if (closed.add(a)) {
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
