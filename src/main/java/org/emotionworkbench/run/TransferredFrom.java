package org.emotionworkbench.run;

import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;

import java.util.List;

/**
 * The provenance of a run that fine-tuned another model (written into config.json as {@code "transfer"}): the parent
 * ({@code parentKind} "run" for a run folder, "keras-hdf5" or "dl4j-zip" for a file; its path, file name and the
 * SHA-256 of the file the weights came from: a run's model.zip, or the file itself), the settings (what was frozen,
 * the head, where it went) and what came of them: the layers frozen, the input the model takes and its class order,
 * and how many of its parameters trained. {@code graph} says whether model.zip holds a ComputationGraph.
 */
public record TransferredFrom(String parentKind, String parentPath, String parentFile, String parentSha256,
                              String freeze, String head, String headOn, List<String> frozenLayers, boolean graph,
                              InputSpec input, ClassOrder classes, long parameters, long trainableParameters) {
    public static final String RUN = "run";
    public static final String KERAS = "keras-hdf5";
    public static final String DL4J_ZIP = "dl4j-zip";

    public TransferredFrom {
        frozenLayers = frozenLayers == null ? List.of() : List.copyOf(frozenLayers);
    }

    /** "run /path/to/run", "keras-hdf5 model.h5 (sha256 …)". */
    public String describeParent() {
        return parentKind + " " + (RUN.equals(parentKind) ? parentPath : parentFile) + " (sha256 "
                + (parentSha256 == null ? "?" : parentSha256.substring(0, Math.min(12, parentSha256.length()))) + "…)";
    }
}
