package org.emotionworkbench.model.keras;

import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.javacpp.BytePointer;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.bytedeco.hdf5.global.hdf5.H5F_ACC_TRUNC;
import static org.bytedeco.hdf5.global.hdf5.H5S_SCALAR;

/** Small HDF5 files for import tests, written with the HDF5 library DL4J itself uses: root string attributes only. */
final class Hdf5Fixtures {
    private Hdf5Fixtures() {
    }

    /** An HDF5 file whose root holds {@code attributes} as fixed-length strings (as h5py stores Keras' JSON). */
    static Path withRootAttributes(Path file, Map<String, String> attributes) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            H5File f = new H5File(file.toString(), H5F_ACC_TRUNC);
            try {
                for (Map.Entry<String, String> e : attributes.entrySet()) {
                    byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                    StrType type = new StrType(PredType.C_S1(), bytes.length);
                    DataSpace space = new DataSpace(H5S_SCALAR);
                    Attribute a = f.createAttribute(e.getKey(), type, space);
                    a.write(type, new BytePointer(bytes));
                    a.close();
                    space.close();
                    type.close();
                }
            } finally {
                f.close();
            }
        }
        return file;
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
