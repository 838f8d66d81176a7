package org.emotionworkbench.study;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.platform.Dl4jRuntime;

/**
 * A fine-tuned run's model without its frozen-layer wrappers, for the FGSM robustness test: DL4J's frozen layers give
 * no gradient at their input, so the gradient with respect to the image could not be taken through them. The copy has
 * the same weights and computes the same outputs; only the training-time freezing is gone.
 */
final class Unfrozen {
    private Unfrozen() {
    }

    /** {@code model} itself when nothing in it is frozen; else a copy (the caller closes both). */
    static LoadedModel of(LoadedModel model) {
        if (model.isGraph()) {
            ComputationGraph g = model.graph();
            ComputationGraphConfiguration conf = g.getConfiguration().clone();
            boolean any = false;
            for (GraphVertex v : conf.getVertices().values()) {
                if (v instanceof LayerVertex lv) {
                    Layer inner = inner(lv.getLayerConf().getLayer());
                    if (inner != null) {
                        lv.getLayerConf().setLayer(inner);
                        any = true;
                    }
                }
            }
            if (!any) {
                return model;
            }
            ComputationGraph copy = new ComputationGraph(conf);
            copy.init(g.params().dup(), false);
            return LoadedModel.of(copy, model.input(), model.classes());
        }
        MultiLayerNetwork net = model.network();
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations().clone();
        boolean any = false;
        for (NeuralNetConfiguration c : conf.getConfs()) {
            Layer inner = inner(c.getLayer());
            if (inner != null) {
                c.setLayer(inner);
                any = true;
            }
        }
        if (!any) {
            return model;
        }
        MultiLayerNetwork copy = new MultiLayerNetwork(conf);
        copy.init(net.params().dup(), false);
        return LoadedModel.of(Dl4jRuntime.prepare(copy), model.input(), model.classes());
    }

    private static Layer inner(Layer layer) {
        if (layer instanceof FrozenLayer f) {
            return f.getLayer();
        }
        if (layer instanceof FrozenLayerWithBackprop f) {
            return f.getUnderlying();
        }
        return null;
    }
}
