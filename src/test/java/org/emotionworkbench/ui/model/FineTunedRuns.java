package org.emotionworkbench.ui.model;

import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.TransferredFrom;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.transfer.Backbone;
import org.emotionworkbench.transfer.TransferBuilder;
import org.emotionworkbench.transfer.TransferSettings;

import java.nio.file.Path;
import java.util.Map;

/** A fine-tuned run folder as {@code train --from} leaves one (untrained: the weights do not matter here). */
final class FineTunedRuns {
    private FineTunedRuns() {
    }

    /** The tiny preset with its first {@code freeze} layers frozen, as a run folder {@code dir}. */
    static Path write(Path dir, String freeze) throws Exception {
        TransferBuilder.Result built = TransferBuilder.build(new Backbone(NetworkFactory.build(Presets.get("tiny"),
                NetworkSettings.defaults(5)), InputSpec.NATIVE, ClassOrder.canonical()),
                new TransferSettings(freeze, null, null), 3, 1e-3, null);
        try (var model = built.model()) {
            RunFolder run = RunFolder.createNew(dir, false);
            ModelSerializer.writeModel(model.network(), run.file(RunFolder.MODEL).toFile(), false);
            TransferredFrom record = new TransferredFrom(TransferredFrom.RUN, "/runs/tiny-parent", "tiny-parent",
                    "ab".repeat(32), freeze, null, null, built.frozen(), false, model.input(), model.classes(),
                    model.parameterCount(), built.trainableParameters());
            run.writeString(RunFolder.CONFIG, RunConfig.fineTuned(TrainingOptions.of(1, 16, 1e-3, 3),
                    new DataOptions("sample-data", null, 0.2, false, null, Balancing.NONE), Map.of(), null, record)
                    .toJson());
        }
        return dir;
    }
}
