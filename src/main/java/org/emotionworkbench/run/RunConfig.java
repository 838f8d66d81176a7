package org.emotionworkbench.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.training.TrainingOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to repeat a run (its provenance record, written as {@code config.json}): model spec, training
 * settings with the seed, data settings, what each data part held (counts and content fingerprints), the
 * evaluation set's name, and the software it ran on. {@code amendments} records what a resume changed (see
 * {@link ResumeChanges}); {@code training} then holds the settings after the change.
 */
public record RunConfig(ModelSpec model, TrainingOptions training, DataOptions data,
                        Map<String, DataSummary> dataUsed, String evaluatedOn, Provenance software,
                        ImportedModel imported, TransferredFrom transfer, List<String> amendments) {
    public RunConfig {
        amendments = amendments == null || amendments.isEmpty() ? null : List.copyOf(amendments);
    }

    /** A config without amendments. */
    public RunConfig(ModelSpec model, TrainingOptions training, DataOptions data, Map<String, DataSummary> dataUsed,
                     String evaluatedOn, Provenance software, ImportedModel imported, TransferredFrom transfer) {
        this(model, training, data, dataUsed, evaluatedOn, software, imported, transfer, null);
    }

    /** This config with other training settings, and the amendment that says why. */
    public RunConfig amended(TrainingOptions changed, String amendment) {
        List<String> all = new ArrayList<>(amendments == null ? List.of() : amendments);
        all.add(amendment);
        return new RunConfig(model, changed, data, dataUsed, evaluatedOn, software, imported, transfer, all);
    }

    /** A trained run's config (not imported). */
    public RunConfig(ModelSpec model, TrainingOptions training, DataOptions data, Map<String, DataSummary> dataUsed,
                     String evaluatedOn, Provenance software) {
        this(model, training, data, dataUsed, evaluatedOn, software, null, null);
    }

    /** The config as written before fine-tuned runs existed (no {@code transfer}). */
    public RunConfig(ModelSpec model, TrainingOptions training, DataOptions data, Map<String, DataSummary> dataUsed,
                     String evaluatedOn, Provenance software, ImportedModel imported) {
        this(model, training, data, dataUsed, evaluatedOn, software, imported, null);
    }

    /** A run that fine-tuned another model: no model spec of its own; the parent and settings in {@code transfer}. */
    public static RunConfig fineTuned(TrainingOptions training, DataOptions data, Map<String, DataSummary> dataUsed,
                                      String evaluatedOn, TransferredFrom transfer) {
        return new RunConfig(null, training, data, dataUsed, evaluatedOn, Provenance.current(), null, transfer);
    }

    /** Whether the run fine-tuned another model. */
    public boolean wasFineTuned() {
        return transfer != null;
    }

    /** The config of a run folder made by importing a model: no model spec, training or data of its own. */
    public static RunConfig imported(ImportedModel imported) {
        return new RunConfig(null, null, null, Map.of(), null, Provenance.current(), imported);
    }

    /** Whether the run's model was imported rather than trained here. */
    public boolean wasImported() {
        return imported != null;
    }

    /**
     * What to call the run's model in lists and labels: the spec's name for a run trained here, "fine-tuned &lt;parent
     * file&gt;" for a fine-tuned run, "mini_XCEPTION (Keras)" for an imported one; null when the config names none.
     */
    public String modelName() {
        if (model != null) {
            return model.name();
        }
        if (transfer != null) {
            return "fine-tuned " + transfer.parentFile();
        }
        return imported != null ? imported.shortName() + " (Keras)" : null;
    }

    /** The training data's spec; null for an imported run (trained elsewhere, on data the workbench never saw). */
    public String trainRoot() {
        return data == null ? null : data.trainRoot();
    }

    /** The run's seed; null for an imported run. */
    public Long seed() {
        return training == null ? null : training.seed();
    }

    /** The most epochs the run was allowed; null for an imported run. */
    public Integer maxEpochs() {
        return training == null ? null : training.maxEpochs();
    }

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise run config", e);
        }
    }

    public static RunConfig read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), RunConfig.class);
    }
}
