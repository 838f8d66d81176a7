package org.emotionworkbench.ui.training;

import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.training.TrainingOptions;

import java.nio.file.Path;
import java.util.Objects;

/** Everything one run needs, fixed when Start is pressed: later edits of the form do not change a running run. */
public record TrainingRequest(String name, ModelSpec model, TrainingOptions options, DataOptions data, Path runDir,
                              boolean recordForDl4jUi) {
    public TrainingRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(runDir, "runDir");
    }
}
