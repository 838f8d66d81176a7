package org.emotionworkbench.transfer;

import org.emotionworkbench.model.ModelZip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.model.keras.KerasImportException;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunModels;
import org.emotionworkbench.run.TransferredFrom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the model a fine-tuned run starts from ({@code train --from}): a run folder (any run: trained here, imported,
 * fine-tuned), a Keras HDF5 file (imported as by {@code import}, but it may lack a classifier: a network saved without
 * its top), or a DL4J model zip (a zoo VGG16 written with DL4J's ModelSerializer, say). Only the named local file is read:
 * nothing is downloaded.
 */
public final class ParentModels {
    private ParentModels() {
    }

    /** The opened model and where it came from (the parent fields of {@link TransferredFrom}). */
    public record Parent(Backbone backbone, String kind, String path, String fileName, String sha256) {
    }

    /**
     * @param options for a Keras or DL4J file: the class order (null if its outputs are not emotions or a new head
     *                replaces them), the pixel scaling, and the input size when the file does not say it
     * @throws IllegalArgumentException naming what is wrong with the file
     */
    public static Parent open(Path from, KerasImport.Options options) {
        Path abs = from.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            RunFolder run = new RunFolder(abs);
            if (!Files.isRegularFile(run.file(RunFolder.MODEL))) {
                throw new IllegalArgumentException(abs + " is not a run folder with a model (" + RunFolder.MODEL
                        + " is missing)");
            }
            LoadedModel model = RunModels.load(run);
            return new Parent(new Backbone(model.model(), model.input(), model.classes()), TransferredFrom.RUN,
                    abs.toString(), abs.getFileName().toString(), sha256(run.file(RunFolder.MODEL)));
        }
        if (!Files.isRegularFile(abs)) {
            throw new IllegalArgumentException("--from " + from + ": no such run folder or model file");
        }
        String name = abs.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return new Parent(openZip(abs, options), TransferredFrom.DL4J_ZIP, abs.toString(),
                    abs.getFileName().toString(), sha256(abs));
        }
        try {
            KerasImport.Backbone b = KerasImport.readBackbone(abs, options);
            ClassOrder classes = options.classes();
            if (classes != null) {
                long outputs = LoadedModel.probeOutputs(b.model(), b.input());
                if (outputs != classes.size()) {
                    new Backbone(b.model(), b.input(), null).close();
                    throw new IllegalArgumentException(abs.getFileName() + " has " + outputs + " outputs, but the class "
                            + "list names " + classes.size() + " (" + classes + ")");
                }
            }
            return new Parent(new Backbone(b.model(), b.input(), classes), TransferredFrom.KERAS, abs.toString(),
                    b.source().fileName(), b.source().sha256());
        } catch (KerasImportException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Backbone openZip(Path zip, KerasImport.Options options) {
        Dl4jRuntime.configure();
        Model model;
        try { // through the workbench's model-zip gate: a file from elsewhere is not trusted (see ModelZip)
            model = ModelZip.read(zip, false);
            if (model instanceof MultiLayerNetwork n) {
                Dl4jRuntime.prepare(n);
            }
        } catch (ModelZip.InvalidModelFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + zip.getFileName() + " as a DL4J model zip: "
                    + e.getMessage(), e);
        }
        int[] size = options.input() != null ? options.input() : declaredInput(zip);
        if (size == null) {
            new Backbone(model, InputSpec.NATIVE, null).close();
            throw new IllegalArgumentException(zip.getFileName() + " does not declare its input size: give it with "
                    + "--input HxWxC (e.g. --input 48x48x3)");
        }
        // DL4J's own models (the zoo's included) take channels first
        InputSpec input = new InputSpec(size[0], size[1], size[2], false, options.scaling());
        ClassOrder classes = options.classes();
        if (classes != null && !(model instanceof ComputationGraph)) {
            LoadedModel.probeOutputs(model, input);
        }
        return new Backbone(model, input, classes);
    }

    /** The input size a DL4J network's configuration declares (its first layer's convolutional input), or null. */
    static int[] declaredInput(Path zip) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            var e = z.getEntry("configuration.json");
            JsonNode conf = new ObjectMapper().readTree(z.getInputStream(e));
            JsonNode types = conf.path("networkInputTypes");
            JsonNode t = types.isArray() && types.size() > 0 ? types.get(0) : null;
            if (t == null) {
                return null;
            }
            JsonNode inner = t.has("height") ? t : t.elements().hasNext() ? t.elements().next() : t;
            if (inner.has("height") && inner.has("width") && inner.has("channels")) {
                return new int[]{inner.get("height").asInt(), inner.get("width").asInt(), inner.get("channels").asInt()};
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String sha256(Path file) {
        try {
            return org.emotionworkbench.io.FileHashes.sha256(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
