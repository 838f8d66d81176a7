package org.emotionworkbench.model.keras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;
import org.deeplearning4j.nn.modelimport.keras.exceptions.UnsupportedKerasConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Keras HDF5 file says about itself, read before importing: Sequential or functional, Keras version and backend,
 * the input it declares (height, width, channels, channels last or first), the layer types and the layers it marks
 * {@code "trainable": false} (frozen in Keras), plus the file's SHA-256. Reading it runs no code from the file: the model configuration is JSON.
 */
public record KerasFileInfo(String fileName, String sha256, long bytes, String modelClass, String kerasVersion,
                            String backend, Integer height, Integer width, Integer channels, boolean channelsLast,
                            List<String> layerClasses, List<String> nonTrainableLayers) {
    public KerasFileInfo {
        layerClasses = List.copyOf(layerClasses);
        nonTrainableLayers = nonTrainableLayers == null ? List.of() : List.copyOf(nonTrainableLayers);
    }

    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean sequential() {
        return "Sequential".equals(modelClass);
    }

    /** Whether the file declares all of height, width and channels. */
    public boolean declaresInput() {
        return height != null && width != null && channels != null;
    }

    /**
     * Reads the file's header and model configuration, in a child JVM ({@link IsolatedKerasImport}): the HDF5 library
     * that parses the file is native code, and a file from someone else must not be able to crash the workbench.
     *
     * @throws KerasImportException for a file that is not HDF5, or holds no model configuration, or when the
     *                              isolated reader failed
     */
    public static KerasFileInfo read(Path file) throws KerasImportException {
        return IsolatedKerasImport.standard().describe(file);
    }

    /** Refuses, without parsing it, a path that is not a file or a file that does not start as HDF5 files do. */
    static void checkIsHdf5(Path file) throws KerasImportException {
        if (!Files.isRegularFile(file)) {
            throw new KerasImportException("no such file: " + file);
        }
        if (!isHdf5(file)) {
            throw new KerasImportException(file.getFileName() + " is not an HDF5 file: a Keras model is imported from "
                    + "the .h5/.hdf5 file that Keras' model.save(...) writes");
        }
    }

    /** {@link #read} in this process: only the isolated importer's child calls it. */
    static KerasFileInfo readHere(Path file) throws KerasImportException {
        checkIsHdf5(file);
        String sha = sha256(file);
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new KerasImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            quietHdf5();
            try (Hdf5Archive archive = new Hdf5Archive(file.toString())) {
                if (!archive.hasAttribute("model_config")) {
                    boolean weights = archive.hasAttribute("layer_names")
                            || archive.getGroups().contains("model_weights");
                    throw new KerasImportException(file.getFileName() + (weights
                            ? " holds weights only (saved with save_weights): import needs the whole model, saved with "
                            + "model.save(...), so that the architecture is known"
                            : " holds no Keras model configuration (no 'model_config' attribute): it is an HDF5 file, "
                            + "but not one written by Keras' model.save(...)"));
                }
                for (String needed : new String[]{"keras_version", "backend"}) {
                    if (!archive.hasAttribute(needed)) {
                        throw new KerasImportException(file.getFileName() + " has a model configuration but no '"
                                + needed + "': DL4J imports files written by Keras 2's model.save(...), which always "
                                + "records it");
                    }
                }
                String config = archive.readAttributeAsJson("model_config");
                String version = archive.readAttributeAsString("keras_version");
                String backend = archive.readAttributeAsString("backend");
                return parse(file.getFileName().toString(), sha, bytes, config, version, backend);
            } catch (KerasImportException e) {
                throw e;
            } catch (UnsupportedKerasConfigurationException | RuntimeException e) {
                throw new KerasImportException("cannot read the Keras model in " + file.getFileName() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * Stops the HDF5 library from printing its error stack to the console (it does for every failed lookup, which
     * DL4J's importer makes on purpose); failures still reach the caller as exceptions. Per thread.
     */
    static void quietHdf5() {
        try {
            org.bytedeco.hdf5.Exception.dontPrint();
        } catch (RuntimeException | LinkageError e) {
            // the messages are only noise; the import works without this
        }
    }

    static KerasFileInfo parse(String name, String sha, long bytes, String modelConfigJson, String version,
                               String backend) throws KerasImportException {
        JsonNode root;
        try {
            root = JSON.readTree(modelConfigJson);
        } catch (IOException e) {
            throw new KerasImportException(name + ": the model configuration is not valid JSON: " + e.getMessage(), e);
        }
        String modelClass = root.path("class_name").asText("");
        JsonNode cfg = root.path("config");
        JsonNode layers = cfg.isArray() ? cfg : cfg.path("layers"); // Keras 2.0 Sequential: a plain list
        List<String> classes = new ArrayList<>();
        List<String> nonTrainable = new ArrayList<>();
        JsonNode shape = null;
        boolean channelsLast = true;
        for (JsonNode layer : layers) {
            classes.add(layer.path("class_name").asText("?"));
            JsonNode lc = layer.path("config");
            if (lc.has("trainable") && !lc.get("trainable").asBoolean(true)) {
                nonTrainable.add(lc.path("name").asText(layer.path("name").asText("?")));
            }
            if (shape == null && lc.has("batch_input_shape")) {
                shape = lc.get("batch_input_shape");
            }
            if (lc.has("data_format") && "channels_first".equals(lc.get("data_format").asText())) {
                channelsLast = false;
            }
        }
        Integer h = null;
        Integer w = null;
        Integer c = null;
        if (shape != null && shape.isArray() && shape.size() == 4) {
            int hi = channelsLast ? 1 : 2;
            int wi = channelsLast ? 2 : 3;
            int ci = channelsLast ? 3 : 1;
            h = shape.get(hi).isInt() ? shape.get(hi).asInt() : null;
            w = shape.get(wi).isInt() ? shape.get(wi).asInt() : null;
            c = shape.get(ci).isInt() ? shape.get(ci).asInt() : null;
        }
        return new KerasFileInfo(name, sha, bytes, modelClass, version, backend, h, w, c, channelsLast,
                List.copyOf(classes), nonTrainable);
    }

    static boolean isHdf5(Path file) {
        // the superblock is at offset 0, or after a user block of 512, 1024, 2048, … bytes
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (java.util.Arrays.equals(head, HDF5_SIGNATURE)) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        try (var ch = Files.newByteChannel(file)) {
            long size = ch.size();
            for (long off = 512; off + 8 <= size && off <= (1L << 24); off *= 2) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8);
                ch.position(off);
                ch.read(buf);
                if (java.util.Arrays.equals(buf.array(), HDF5_SIGNATURE)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    static String sha256(Path file) throws KerasImportException {
        try {
            return org.emotionworkbench.io.FileHashes.sha256(file);
        } catch (IOException e) {
            throw new KerasImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
