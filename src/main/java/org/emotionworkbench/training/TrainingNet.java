package org.emotionworkbench.training;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.ForwardCache;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LoadedModel;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place where the trainer touches DL4J's two network types: a {@link MultiLayerNetwork} and a
 * {@link ComputationGraph} are fitted, scored, snapshot and saved alike (DL4J gives both the same methods, without a
 * common interface for them).
 */
final class TrainingNet {
    private final LoadedModel model;
    private final MultiLayerNetwork net;
    private final ComputationGraph graph;

    TrainingNet(LoadedModel model) {
        this.model = model;
        this.net = model.isGraph() ? null : model.network();
        this.graph = model.isGraph() ? model.graph() : null;
    }

    LoadedModel model() {
        return model;
    }

    InputSpec input() {
        return model.input();
    }

    ClassOrder classes() {
        return model.classes();
    }

    Model dl4j() {
        return model.model();
    }

    void fit(INDArray features, INDArray labels) {
        if (net != null) {
            net.fit(features, labels);
        } else {
            graph.fit(new INDArray[]{features}, new INDArray[]{labels});
        }
    }

    double score() {
        return net != null ? net.score() : graph.score();
    }

    INDArray params() {
        return net != null ? net.params() : graph.params();
    }

    void setParams(INDArray params) {
        if (net != null) {
            net.setParams(params);
        } else {
            graph.setParams(params);
        }
    }

    void setLearningRate(double lr) {
        if (net != null) {
            net.setLearningRate(lr);
        } else {
            graph.setLearningRate(lr);
        }
    }

    void incrementEpochCount() {
        if (net != null) {
            net.incrementEpochCount();
        } else {
            graph.incrementEpochCount();
        }
    }

    void setListeners(org.deeplearning4j.optimize.api.TrainingListener... listeners) {
        if (net != null) {
            net.setListeners(listeners);
        } else {
            graph.setListeners(listeners);
        }
    }

    void addListeners(org.deeplearning4j.optimize.api.TrainingListener... listeners) {
        if (net != null) {
            net.addListeners(listeners);
        } else {
            graph.addListeners(listeners);
        }
    }

    /** Validation probabilities, canonical order, through the model's input spec and class order. */
    float[][] probabilities(List<Sample> samples) {
        return model.probabilities(samples, Inference.DEFAULT_BATCH);
    }

    /** Drops cached pre-activations that point into workspace memory about to be reused. */
    void clearForwardCache() {
        for (var layer : model.layers()) {
            ForwardCache.clear(layer);
        }
    }

    /** Writes the network (with its updater state when asked) as a DL4J model zip, atomically. */
    void save(Path file, boolean withUpdater) {
        save(model.model(), file, withUpdater);
    }

    static void save(Model model, Path file, boolean withUpdater) {
        try {
            AtomicFiles.write(file, tmp -> ModelSerializer.writeModel(model, tmp.toFile(), withUpdater));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + file + ": " + e.getMessage(), e);
        }
    }
}
