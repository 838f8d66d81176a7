package org.emotionworkbench.model;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * Builds a DL4J network from a {@link ModelSpec}, with Keras' conventions: Glorot-uniform weights, zero biases,
 * Adam with epsilon 1e-7, batch-norm epsilon/momentum from the spec, dropout as a drop rate. DL4J layer names
 * are the spec's layer names; {@link Flatten} becomes DL4J's automatic CNN-to-dense preprocessor.
 */
public final class NetworkFactory {
    /** Keras' Adam epsilon (DL4J's default is 1e-8). */
    public static final double KERAS_ADAM_EPSILON = 1e-7;

    private NetworkFactory() {
    }

    public static MultiLayerNetwork build(ModelSpec spec, NetworkSettings settings) {
        Dl4jRuntime.configure();
        ModelAnalysis analysis = spec.analyse();
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam.Builder().learningRate(settings.learningRate()).beta1(0.9).beta2(0.999)
                        .epsilon(KERAS_ADAM_EPSILON).build())
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .biasInit(0.0)
                // keep each layer's pre-activation from the forward pass for backprop; DL4J's default (NONE) runs
                // every convolution's forward pass again inside backprop. See ForwardCache for the one hazard.
                .cacheMode(CacheMode.DEVICE)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        for (LayerInfo info : analysis.layers()) {
            org.deeplearning4j.nn.conf.layers.Layer layer = toDl4j(info.spec(), settings);
            if (layer != null) {
                layer.setLayerName(info.name());
                list.layer(layer);
            }
        }
        list.setInputType(InputType.convolutional(ModelSpec.INPUT.height(), ModelSpec.INPUT.width(),
                ModelSpec.INPUT.channels()));
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return Dl4jRuntime.prepare(net);
    }

    private static org.deeplearning4j.nn.conf.layers.Layer toDl4j(LayerSpec spec, NetworkSettings settings) {
        if (spec instanceof Conv2D c) {
            return new ConvolutionLayer.Builder(c.kernel(), c.kernel())
                    .stride(c.stride(), c.stride())
                    .nOut(c.filters())
                    .convolutionMode(c.padding() == Padding.SAME ? ConvolutionMode.Same : ConvolutionMode.Truncate)
                    .activation(activation(c.activation()))
                    .build();
        }
        if (spec instanceof MaxPool2D p) {
            return pooling(SubsamplingLayer.PoolingType.MAX, p.pool(), p.stride());
        }
        if (spec instanceof AvgPool2D p) {
            return pooling(SubsamplingLayer.PoolingType.AVG, p.pool(), p.stride());
        }
        if (spec instanceof BatchNorm b) {
            return new BatchNormalization.Builder().eps(b.epsilon()).decay(b.momentum()).build();
        }
        if (spec instanceof Dropout d) {
            return new DropoutLayer.Builder(d.retainProbability()).build();
        }
        if (spec instanceof Flatten) {
            return null;
        }
        if (spec instanceof Dense d) {
            return new DenseLayer.Builder().nOut(d.units()).activation(activation(d.activation())).build();
        }
        Output o = (Output) spec;
        LossMCXENT loss = settings.classWeights() == null ? new LossMCXENT()
                : new LossMCXENT(Nd4j.createFromArray(toFloats(settings.classWeights())));
        return new OutputLayer.Builder(loss)
                .nOut(o.classes())
                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX)
                .build();
    }

    private static SubsamplingLayer pooling(SubsamplingLayer.PoolingType type, int pool, int stride) {
        return new SubsamplingLayer.Builder(type)
                .kernelSize(pool, pool).stride(stride, stride)
                .convolutionMode(ConvolutionMode.Truncate).build();
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    private static org.nd4j.linalg.activations.Activation activation(Activation a) {
        return switch (a) {
            case RELU -> org.nd4j.linalg.activations.Activation.RELU;
            case ELU -> org.nd4j.linalg.activations.Activation.ELU;
            case LEAKYRELU -> org.nd4j.linalg.activations.Activation.LEAKYRELU;
            case TANH -> org.nd4j.linalg.activations.Activation.TANH;
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
            case LINEAR -> org.nd4j.linalg.activations.Activation.IDENTITY;
        };
    }
}
