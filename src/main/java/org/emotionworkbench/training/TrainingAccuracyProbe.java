package org.emotionworkbench.training;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Counts correct predictions in the training forward pass itself (as Keras' training accuracy does), so training
 * accuracy costs no second forward pass. During {@code fit}, DL4J hands {@code onForwardPass} the activations of
 * the input and every layer but the output layer; the class scores are then the output layer's affine map of the
 * last of them (softmax does not change the argmax).
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
        INDArray hidden = activations.get(activations.size() - 1);
        if (hidden.rank() != 2 || hidden.size(1) != output.getParam("W").size(0)) {
            return;
        }
        try (INDArray scores = hidden.mmul(output.getParam("W")).addiRowVector(output.getParam("b"));
             INDArray predicted = scores.argMax(1); INDArray truth = labels.argMax(1)) {
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
}
