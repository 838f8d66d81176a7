package org.emotionworkbench.ui.training;

import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.transfer.FineTuning;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything one run needs, fixed when Start is pressed: later edits of the form do not change a running run.
 * {@code fineTune} (null: train {@code model} from scratch) is the run or model file to fine-tune instead, as
 * {@code train --from}; {@code model} is then null.
 */
public record TrainingRequest(String name, ModelSpec model, TrainingOptions options, DataOptions data, Path runDir,
                              boolean recordForDl4jUi, FineTuning.Request fineTune) {
    public TrainingRequest {
        Objects.requireNonNull(name, "name");
        if (fineTune == null) {
            Objects.requireNonNull(model, "model");
        }
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(runDir, "runDir");
    }

    /** A run of {@code model} trained from scratch. */
    public TrainingRequest(String name, ModelSpec model, TrainingOptions options, DataOptions data, Path runDir,
                           boolean recordForDl4jUi) {
        this(name, model, options, data, runDir, recordForDl4jUi, null);
    }
}
