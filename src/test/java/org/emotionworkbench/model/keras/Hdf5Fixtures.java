package org.emotionworkbench.model.keras;

import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.H5Object;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.bytedeco.hdf5.global.hdf5.H5F_ACC_TRUNC;
import static org.bytedeco.hdf5.global.hdf5.H5S_SCALAR;

/**
 * Small HDF5 files for import tests, written with the HDF5 library DL4J itself uses: root string attributes, and whole
 * Keras 2 model files laid out as Keras 2's {@code model.save(...)} writes them (keras/engine/saving.py,
 * {@code save_weights_to_hdf5_group}): root attributes {@code keras_version}, {@code backend}, {@code model_config};
 * a {@code model_weights} group with the attribute {@code layer_names} (every layer, weights or not, in order), and per
 * layer a group with the attribute {@code weight_names} ("conv2d_1/kernel:0", ...) whose datasets sit at the paths those
 * names spell ({@code model_weights/conv2d_1/conv2d_1/kernel:0}). Strings are fixed-length, as h5py stores numpy bytes.
 */
public final class Hdf5Fixtures {
    private Hdf5Fixtures() {
    }

    /** An HDF5 file whose root holds {@code attributes} as fixed-length strings (as h5py stores Keras' JSON). */
    static Path withRootAttributes(Path file, Map<String, String> attributes) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            H5File f = new H5File(file.toString(), H5F_ACC_TRUNC);
            try {
                writeStrings(f, attributes);
            } finally {
                f.close();
            }
        }
        return file;
    }

    /** The Sequential fixture's layers: 48x48x1 -> Conv2D 3x3, 8 filters, relu -> MaxPooling2D 2x2 -> Flatten -> Dense 7 softmax. */
    public static final String SEQUENTIAL_CONFIG = sequentialConfig(true);

    /** The Sequential fixture's config; {@code convTrainable} false marks its convolution frozen, as Keras saves it. */
    public static String sequentialConfig(boolean convTrainable) {
        return """
            {"class_name": "Sequential", "config": {"name": "sequential_1", "layers": [
              {"class_name": "Conv2D", "config": {"name": "conv2d_1", "trainable": %s,
                "batch_input_shape": [null, 48, 48, 1], "dtype": "float32", "filters": 8, "kernel_size": [3, 3],
                "strides": [1, 1], "padding": "valid", "data_format": "channels_last", "dilation_rate": [1, 1],
                "activation": "relu", "use_bias": true,
                "kernel_initializer": {"class_name": "VarianceScaling",
                  "config": {"scale": 1.0, "mode": "fan_avg", "distribution": "uniform", "seed": null}},
                "bias_initializer": {"class_name": "Zeros", "config": {}},
                "kernel_regularizer": null, "bias_regularizer": null, "activity_regularizer": null,
                "kernel_constraint": null, "bias_constraint": null}},
              {"class_name": "MaxPooling2D", "config": {"name": "max_pooling2d_1", "trainable": true,
                "pool_size": [2, 2], "padding": "valid", "strides": [2, 2], "data_format": "channels_last"}},
              {"class_name": "Flatten", "config": {"name": "flatten_1", "trainable": true, "data_format": "channels_last"}},
              {"class_name": "Dense", "config": {"name": "dense_1", "trainable": true, "units": 7,
                "activation": "softmax", "use_bias": true,
                "kernel_initializer": {"class_name": "VarianceScaling",
                  "config": {"scale": 1.0, "mode": "fan_avg", "distribution": "uniform", "seed": null}},
                "bias_initializer": {"class_name": "Zeros", "config": {}},
                "kernel_regularizer": null, "bias_regularizer": null, "activity_regularizer": null,
                "kernel_constraint": null, "bias_constraint": null}}]},
             "keras_version": "2.2.4", "backend": "tensorflow"}
            """.formatted(convTrainable);
    }

    /** Shapes of the Sequential fixture's weights, Keras order. */
    public static final long[] CONV_KERNEL = {3, 3, 1, 8};
    public static final long[] DENSE_KERNEL = {23 * 23 * 8, 7};

    /**
     * The Sequential fixture (Keras 2.2.4, TensorFlow backend) with the given weights: conv kernel (3, 3, 1, 8) and
     * bias (8); dense kernel (4232, 7) over the flattened 23x23x8 map in Keras' (row, column, channel) order, and bias (7).
     */
    public static Path sequential(Path file, float[] convKernel, float[] convBias, float[] denseKernel, float[] denseBias) {
        return sequential(file, true, convKernel, convBias, denseKernel, denseBias);
    }

    /** {@link #sequential}, its convolution marked {@code "trainable": false} unless {@code convTrainable}. */
    public static Path sequential(Path file, boolean convTrainable, float[] convKernel, float[] convBias,
                                  float[] denseKernel, float[] denseBias) {
        Map<String, Weight> conv = new LinkedHashMap<>();
        conv.put("kernel", new Weight(CONV_KERNEL, convKernel));
        conv.put("bias", new Weight(new long[]{8}, convBias));
        Map<String, Weight> dense = new LinkedHashMap<>();
        dense.put("kernel", new Weight(DENSE_KERNEL, denseKernel));
        dense.put("bias", new Weight(new long[]{7}, denseBias));
        return kerasModel(file, sequentialConfig(convTrainable), "2.2.4", List.of(new LayerWeights("conv2d_1", conv),
                new LayerWeights("max_pooling2d_1", Map.of()), new LayerWeights("flatten_1", Map.of()),
                new LayerWeights("dense_1", dense)));
    }

    /** One Keras layer's weights: its name and each weight's short name ("kernel", "bias"), shape and values. */
    public record LayerWeights(String layer, Map<String, Weight> weights) {
    }

    /** A weight as Keras stores it: its shape (Keras order: a Conv2D kernel is kh, kw, in, out) and values, C order. */
    public record Weight(long[] shape, float[] values) {
        public Weight {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            if (n != values.length) {
                throw new IllegalArgumentException("shape holds " + n + " values, got " + values.length);
            }
        }
    }

    /**
     * A whole Keras 2 model file: {@code modelConfig} (the JSON of model.to_json()), and every layer in order with its
     * weights (an empty map for a layer without any, which Keras still lists and gives a group).
     */
    public static Path kerasModel(Path file, String modelConfig, String kerasVersion, List<LayerWeights> layers) {
        Map<String, String> root = new LinkedHashMap<>();
        root.put("keras_version", kerasVersion);
        root.put("backend", "tensorflow");
        root.put("model_config", modelConfig);
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            H5File f = new H5File(file.toString(), H5F_ACC_TRUNC);
            try {
                writeStrings(f, root);
                Group weights = f.createGroup("model_weights");
                writeStrings(weights, Map.of("keras_version", kerasVersion, "backend", "tensorflow"));
                writeStringArray(weights, "layer_names", layers.stream().map(LayerWeights::layer).toList());
                for (LayerWeights l : layers) {
                    Group g = weights.createGroup(l.layer());
                    writeStringArray(g, "weight_names", l.weights().keySet().stream()
                            .map(w -> l.layer() + "/" + w + ":0").toList());
                    if (!l.weights().isEmpty()) {
                        Group inner = g.createGroup(l.layer());
                        for (Map.Entry<String, Weight> w : l.weights().entrySet()) {
                            writeFloats(inner, w.getKey() + ":0", w.getValue());
                        }
                        inner.close();
                    }
                    g.close();
                }
                weights.close();
            } finally {
                f.close();
            }
        }
        return file;
    }

    private static void writeStrings(H5Object target, Map<String, String> attributes) {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            StrType type = new StrType(PredType.C_S1(), bytes.length);
            DataSpace space = new DataSpace(H5S_SCALAR);
            Attribute a = target.createAttribute(e.getKey(), type, space);
            a.write(type, new BytePointer(bytes));
            a.close();
            space.close();
            type.close();
        }
    }

    /** A 1-d array of fixed-length strings, null-padded to the longest (h5py's layout for a list of numpy bytes). */
    private static void writeStringArray(H5Object target, String name, List<String> values) {
        int width = Math.max(1, values.stream().mapToInt(v -> v.getBytes(StandardCharsets.UTF_8).length).max().orElse(1));
        byte[] buf = new byte[width * values.size()];
        for (int i = 0; i < values.size(); i++) {
            byte[] b = values.get(i).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(b, 0, buf, i * width, b.length);
        }
        StrType type = new StrType(PredType.C_S1(), width);
        DataSpace space = new DataSpace(1, new long[]{values.size()});
        Attribute a = target.createAttribute(name, type, space);
        if (!values.isEmpty()) {
            a.write(type, new BytePointer(buf));
        }
        a.close();
        space.close();
        type.close();
    }

    private static void writeFloats(Group group, String name, Weight w) {
        DataSpace space = new DataSpace(w.shape().length, w.shape());
        DataSet ds = group.createDataSet(name, PredType.NATIVE_FLOAT(), space);
        ds.write(new FloatPointer(w.values()), PredType.NATIVE_FLOAT());
        ds.close();
        space.close();
    }

    /** A functional Keras 2 model config: input 64x64x1, then one layer of {@code layerClass} and a softmax. */
    static String modelConfigWith(String layerClass) {
        return """
                {"class_name": "Model", "config": {"name": "m", "layers": [
                  {"name": "input_1", "class_name": "InputLayer",
                   "config": {"batch_input_shape": [null, 64, 64, 1], "dtype": "float32", "sparse": false, "name": "input_1"},
                   "inbound_nodes": []},
                  {"name": "odd", "class_name": "%s",
                   "config": {"name": "odd", "trainable": true, "function": ["e30AAAA", null, null], "function_type": "lambda",
                              "output_shape": null, "arguments": {}},
                   "inbound_nodes": [[["input_1", 0, 0, {}]]]}
                 ],
                 "input_layers": [["input_1", 0, 0]], "output_layers": [["odd", 0, 0]]}}
                """.formatted(layerClass);
    }
}
