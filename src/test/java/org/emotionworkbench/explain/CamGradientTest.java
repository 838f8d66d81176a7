package org.emotionworkbench.explain;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.VertexIndices;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The score gradient CamNetwork backpropagates equals central finite differences of the pre-softmax score, on the
 * workbench's own networks and on an imported Keras graph.
 */
class CamGradientTest {

    @Test
    void tinyNetGradientMatchesFiniteDifferences() {
        MultiLayerNetwork net = randomDoubleNet(Presets.get("tiny"), 5);
        checkAgainstFiniteDifferences(net, null, Emotion.SAD);
    }

    @Test
    void gradientThroughInferenceModeBatchNormMatchesFiniteDifferences() {
        ModelSpec spec = new ModelSpec("bn", List.of(
                Conv2D.of(4), MaxPool2D.of(2), Conv2D.of(6), BatchNorm.keras(), MaxPool2D.of(2), BatchNorm.keras(),
                new Dropout(0.3), new Flatten(), Dense.of(12), BatchNorm.keras(), new Dropout(0.5), Output.emotions()));
        MultiLayerNetwork net = randomDoubleNet(spec, 9);
        checkAgainstFiniteDifferences(net, "conv2d_1", Emotion.FEAR);
        checkAgainstFiniteDifferences(net, "conv2d", Emotion.HAPPY);
    }

    /**
     * The imported FER2013 mini-Xception (double weights): add_2 feeds both branches of the third residual block
     * (their gradients are summed), and its gradient comes back through two residual blocks: depthwise + 1×1
     * convolutions, inference batch-norm, ReLU, max pooling, a strided 1×1 shortcut convolution, residual adds, the
     * last 1×1 convolution and global average pooling; add_4 checks the short end. All of it channels last. The score
     * is the input of the final softmax, for an output in FER2013 order.
     */
    @Test
    void gradientThroughTheImportedMiniXceptionGraphMatchesFiniteDifferences() {
        LoadedModel model = ImportedModels.miniXceptionDouble();
        float[] face = ImportedModels.ferFaces("sad", 1).get(0);
        for (String vertex : List.of("add_2", "add_4")) {
            checkGraphAgainstFiniteDifferences(model, vertex, face, Emotion.NEUTRAL);
        }
    }

    private static void checkGraphAgainstFiniteDifferences(LoadedModel model, String vertex, float[] face, Emotion target) {
        CamNetwork cam = CamNetwork.of(model, vertex);
        CamNetwork.Pass pass = cam.pass(new float[][]{face}, CamNetwork.ClassChoice.fixed(target), true);
        ComputationGraph graph = model.graph();
        int output = model.classes().indexOf(target);
        assertEquals(6, output, "FER2013 order: neutral is the last output");
        Map<String, INDArray> acts;
        try (INDArray x = cam.input(new float[][]{face})) {
            acts = graph.feedForward(x, false);
        }
        INDArray a = acts.get(vertex); // [1, h, w, c]
        int h = (int) a.size(1);
        int w = (int) a.size(2);
        int c = (int) a.size(3);
        assertEquals(c, pass.channels());
        float[] g = pass.gradients(); // [c][h][w]
        float[] channelsLast = new float[g.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int k = 0; k < c; k++) {
                    channelsLast[(y * w + x) * c + k] = g[(k * h + y) * w + x];
                }
            }
        }
        // tens of thousands of ReLUs downstream: a step of 1e-5 along a random direction moves some across zero
        assertMatchesFiniteDifferences(a, channelsLast, v -> Math.abs(v) >= 1e-3,
                act -> graphScore(graph, acts, vertex, act, output), 1e-7, (int) Math.min(40, a.length() / 40),
                12, 4, new Random(3), vertex);
    }

    /**
     * The input of the graph's final softmax for one output, recomputing in inference mode only the vertices
     * downstream of {@code vertex} from its activations {@code replaced} (the others keep their {@code base} values).
     */
    private static double graphScore(ComputationGraph graph, Map<String, INDArray> base, String vertex,
                                     INDArray replaced, int output) {
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        GraphVertex[] vertices = graph.getVertices();
        GraphVertex out = graph.getVertex(graph.getConfiguration().getNetworkOutputs().get(0));
        String logits = vertices[out.getInputVertices()[0].getVertexIndex()].getVertexName();
        Map<String, INDArray> current = new HashMap<>(base);
        current.put(vertex, replaced);
        Set<String> changed = new HashSet<>(Set.of(vertex));
        List<INDArray> made = new ArrayList<>();
        try {
            for (int index : graph.topologicalSortOrder()) {
                GraphVertex v = vertices[index];
                if (v.isInputVertex() || changed.contains(v.getVertexName())) {
                    continue;
                }
                VertexIndices[] in = v.getInputVertices();
                INDArray[] inputs = new INDArray[in.length];
                boolean affected = false;
                for (int i = 0; i < in.length; i++) {
                    String name = vertices[in[i].getVertexIndex()].getVertexName();
                    inputs[i] = current.get(name);
                    affected |= changed.contains(name);
                }
                if (!affected) {
                    continue;
                }
                INDArray o;
                if (v.hasLayer()) {
                    InputPreProcessor pre = ((LayerVertex) v).getLayerPreProcessor();
                    o = v.getLayer().activate(pre == null ? inputs[0] : pre.preProcess(inputs[0], 1, mgr), false, mgr);
                } else {
                    for (int i = 0; i < inputs.length; i++) {
                        v.setInput(i, inputs[i], mgr);
                    }
                    o = v.doForward(false, mgr);
                    v.clear();
                }
                made.add(o);
                current.put(v.getVertexName(), o);
                changed.add(v.getVertexName());
                if (v.getVertexName().equals(logits)) {
                    break;
                }
            }
            return current.get(logits).getDouble(0, output);
        } finally {
            for (INDArray m : made) {
                if (!m.wasClosed() && m.closeable()) {
                    m.close();
                }
            }
        }
    }

    static MultiLayerNetwork randomDoubleNet(ModelSpec spec, long seed) {
        MultiLayerNetwork net = NetworkFactory.build(spec, NetworkSettings.defaults(seed)).convertDataType(DataType.DOUBLE);
        Nd4j.getRandom().setSeed(seed);
        // random weights, biases and batch-norm statistics (γ, β, mean, log10 std), so no layer is an identity
        try (INDArray r = Nd4j.rand(DataType.DOUBLE, net.params().shape())) {
            net.params().assign(r.subi(0.5));
        }
        return net;
    }

    private static void checkAgainstFiniteDifferences(MultiLayerNetwork net, String layer, Emotion target) {
        CamNetwork cam = CamNetwork.of(net, layer);
        Random rng = new Random(3);
        float[] image = new float[ImageGeometry.PIXELS];
        for (int i = 0; i < image.length; i++) {
            image[i] = rng.nextFloat();
        }
        CamNetwork.Pass pass = cam.pass(new float[][]{image}, CamNetwork.ClassChoice.fixed(target), true);
        int k = cam.layerIndex();
        try (INDArray x = cam.input(new float[][]{image})) {
            List<INDArray> acts = net.feedForward(x, false);
            INDArray a = acts.get(k + 1);
            assertMatchesFiniteDifferences(a, pass.gradients(), v -> v >= 1e-3, act -> score(net, k, act, target),
                    1e-5, 40, 25, 10, rng, layer);
        }
    }

    /**
     * {@code singles} single elements, then {@code directions} random directions over all of them, of the gradient
     * {@code gradient} (laid out as {@code a}) against central differences of {@code score} around the activations
     * {@code a}; elements whose value {@code usable} refuses are skipped (a ReLU kink or pooling tie at zero: finite
     * differences are one-sided there).
     * The step {@code h} must be small enough that no ReLU downstream changes sides; single elements are at most
     * {@code maxStride} apart.
     */
    private static void assertMatchesFiniteDifferences(INDArray a, float[] gradient, DoublePredicate usable,
                                                       ToDoubleFunction<INDArray> score, double h, int maxStride,
                                                       int singles, int directions, Random rng, String layer) {
        double maxGrad = 0;
        for (float g : gradient) {
            maxGrad = Math.max(maxGrad, Math.abs(g));
        }
        int checked = 0;
        int nonZero = 0;
        for (int idx = 0; idx < a.length() && checked < singles; idx += 1 + rng.nextInt(maxStride)) {
            double v = a.getDouble(idx);
            if (!usable.test(v)) {
                continue;
            }
            double[] direction = new double[(int) a.length()];
            direction[idx] = 1;
            double g = gradient[idx];
            assertEquals(directional(score, a, direction, h), g, 1e-4 * maxGrad + 1e-4 * Math.abs(g),
                    "d score/dA at " + idx + " of " + layer);
            checked++;
            if (Math.abs(g) > 1e-3 * maxGrad) {
                nonZero++;
            }
        }
        assertTrue(checked == singles && nonZero > 3, "checked " + checked + ", non-trivial " + nonZero);
        // random directions over all usable activations: checks every gradient entry at once
        for (int d = 0; d < directions; d++) {
            double[] direction = new double[(int) a.length()];
            double expected = 0;
            double scale = 0;
            for (int i = 0; i < direction.length; i++) {
                if (usable.test(a.getDouble(i))) {
                    direction[i] = rng.nextGaussian();
                    expected += direction[i] * gradient[i];
                    scale += Math.abs(direction[i] * gradient[i]);
                }
            }
            assertEquals(expected, directional(score, a, direction, h), 1e-4 * scale + 1e-6,
                    "directional derivative " + d + " of " + layer);
        }
    }

    /** Central difference of the score along {@code direction} from the activations {@code a}. */
    private static double directional(ToDoubleFunction<INDArray> score, INDArray a, double[] direction, double h) {
        try (INDArray d = Nd4j.createFromArray(direction).reshape(a.shape()).castTo(a.dataType());
             INDArray plus = a.add(d.mul(h)); INDArray minus = a.sub(d.mul(h))) {
            return (score.applyAsDouble(plus) - score.applyAsDouble(minus)) / (2 * h);
        }
    }

    /** The output layer's W·a+b for the target class, forwarding the target layer's activations in inference mode. */
    private static double score(MultiLayerNetwork net, int targetLayer, INDArray activations, Emotion target) {
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        Layer[] layers = net.getLayers();
        INDArray x = activations;
        for (int j = targetLayer + 1; j < layers.length; j++) {
            InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(j);
            if (pre != null) {
                x = pre.preProcess(x, (int) x.size(0), mgr);
            }
            if (j < layers.length - 1) {
                x = layers[j].activate(x, false, mgr);
            }
        }
        INDArray w = layers[layers.length - 1].getParam("W");
        INDArray b = layers[layers.length - 1].getParam("b");
        return x.mmul(w.getColumn(target.ordinal()).reshape(w.size(0), 1)).getDouble(0) + b.getDouble(target.ordinal());
    }
}
