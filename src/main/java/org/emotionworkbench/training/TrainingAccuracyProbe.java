package org.emotionworkbench.training;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Counts correct predictions in the training forward pass itself (as Keras' training accuracy does), so training
 * accuracy costs no second forward pass. During {@code fit}, DL4J hands {@code onForwardPass} the activations of
 * the input and every layer but the output layer; the class scores are then the output layer's affine map of the
 * last of them (softmax does not change the argmax). A computation graph is read the same way from its output
 * layer's input vertex.
 */
final class TrainingAccuracyProbe extends BaseTrainingListener {
    private INDArray labels;
    private int correct;
    private boolean seen;

    void expect(INDArray batchLabels) {
        this.labels = batchLabels;
        this.correct = 0;
        this.seen = false;
    }

    /** Correct predictions in the last batch, or -1 if DL4J did not report its forward pass. */
    int correctInLastBatch() {
        return seen ? correct : -1;
    }

    @Override
    public void onForwardPass(Model model, List<INDArray> activations) {
        if (labels == null || activations.isEmpty()) {
            return;
        }
        org.deeplearning4j.nn.api.Layer output = ((org.deeplearning4j.nn.multilayer.MultiLayerNetwork) model).getOutputLayer();
        count(activations.get(activations.size() - 1), output);
    }

    /**
     * A computation graph hands over the activations of every vertex but the output layer, by name: the class scores
     * are the output layer's affine map of its input's activations (after the vertex's preprocessor, a flattening say),
     * or that input itself when the output is a loss layer without weights.
     */
    @Override
    public void onForwardPass(Model model, java.util.Map<String, INDArray> activations) {
        if (labels == null || !(model instanceof org.deeplearning4j.nn.graph.ComputationGraph g)) {
            return;
        }
        var conf = g.getConfiguration();
        String out = conf.getNetworkOutputs().get(0);
        List<String> inputs = conf.getVertexInputs().get(out);
        if (inputs == null || inputs.size() != 1 || !activations.containsKey(inputs.get(0))) {
            return;
        }
        INDArray hidden = activations.get(inputs.get(0));
        if (conf.getVertices().get(out) instanceof org.deeplearning4j.nn.conf.graph.LayerVertex lv
                && lv.getPreProcessor() != null && hidden.rank() != 2) {
            hidden = lv.getPreProcessor().preProcess(hidden, (int) hidden.size(0),
                    org.deeplearning4j.nn.workspace.LayerWorkspaceMgr.noWorkspaces());
        }
        org.deeplearning4j.nn.api.Layer output = g.getLayer(out);
        if (output.numParams() == 0) {
            if (hidden.rank() == 2 && hidden.size(1) == labels.size(1)) {
                try (INDArray predicted = hidden.argMax(1); INDArray truth = labels.argMax(1)) {
                    tally(predicted, truth);
                }
            }
            return;
        }
        count(hidden, output);
    }

    private void count(INDArray hidden, org.deeplearning4j.nn.api.Layer output) {
        if (output.numParams() == 0 || hidden.rank() != 2 || hidden.size(1) != output.getParam("W").size(0)) {
            return;
        }
        try (INDArray scores = hidden.mmul(output.getParam("W")).addiRowVector(output.getParam("b"));
             INDArray predicted = scores.argMax(1); INDArray truth = labels.argMax(1)) {
            tally(predicted, truth);
        }
    }

    private void tally(INDArray predicted, INDArray truth) {
        long[] p = predicted.toLongVector();
        long[] t = truth.toLongVector();
        int c = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == t[i]) {
                c++;
            }
        }
        correct = c;
        seen = true;
    }
}
