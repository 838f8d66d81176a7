package org.emotionworkbench.run;

import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;

import java.util.List;

/**
 * The provenance of a run folder made by importing a model trained elsewhere (written into config.json as
 * {@code "imported"}): the source file's name, size and SHA-256, what the file said (Keras version and backend, model
 * class), and what the user said or the file declared (input spec, class order). {@code graph} says whether model.zip
 * holds a DL4J ComputationGraph (functional Keras models) or a MultiLayerNetwork (Sequential ones);
 * {@code separableSplit} how many separable convolutions were stored as depthwise + 1×1 pairs (same outputs, faster);
 * {@code kerasNonTrainable} the layers the file marks {@code "trainable": false}, which DL4J's importer does not keep
 * frozen (empty when none, or for a record written before it was kept).
 */
public record ImportedModel(String format, String sourceFile, String sourceSha256, long sourceBytes,
                            String kerasVersion, String kerasBackend, String modelClass, boolean graph,
                            InputSpec input, ClassOrder classes, long parameters, int separableSplit,
                            String importedAt, List<String> kerasNonTrainable) {
    public static final String KERAS = "keras-hdf5";

    public ImportedModel {
        kerasNonTrainable = kerasNonTrainable == null ? List.of() : List.copyOf(kerasNonTrainable);
    }

    /** A record of a file that marks no layer non-trainable. */
    public ImportedModel(String format, String sourceFile, String sourceSha256, long sourceBytes, String kerasVersion,
                         String kerasBackend, String modelClass, boolean graph, InputSpec input, ClassOrder classes,
                         long parameters, int separableSplit, String importedAt) {
        this(format, sourceFile, sourceSha256, sourceBytes, kerasVersion, kerasBackend, modelClass, graph, input,
                classes, parameters, separableSplit, importedAt, List.of());
    }

    /**
     * The source file's name without its extension and without the epoch-and-score suffix Keras' ModelCheckpoint
     * adds: "fer2013_mini_XCEPTION" for fer2013_mini_XCEPTION.00-0.47.hdf5.
     */
    public String shortName() {
        return shortName(sourceFile);
    }

    /** {@link #shortName()} of a file name; "model" for a blank one. */
    public static String shortName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "model";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceFirst("(?i)\\.(h5|hdf5|keras)$", "")
                .replaceFirst("\\.\\d+-\\d+\\.\\d+$", "");
        return name.isBlank() ? "model" : name;
    }
}
