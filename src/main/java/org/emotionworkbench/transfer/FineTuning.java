package org.emotionworkbench.transfer;

import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkSummary;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunExecutor;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.TransferredFrom;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.training.TrainingOutcome;

import java.nio.file.Path;

/**
 * A fine-tuning run ({@code train --from}): open the parent model (a run folder or a local model file), prepare the
 * data as for any run, build the model to train ({@link TransferBuilder}: frozen layers, new head), record the parent
 * and the settings in config.json ({@link TransferredFrom}), then train and evaluate into an ordinary run folder.
 */
public final class FineTuning {
    private FineTuning() {
    }

    /**
     * @param from          a run folder, a Keras .h5/.hdf5 file or a DL4J model zip
     * @param parentOptions for a file: class order (may be null with a head), pixel scaling, input size
     */
    public record Request(Path from, KerasImport.Options parentOptions, TransferSettings settings) {
    }

    /**
     * The network {@code request} would train, summarised (frozen layers marked), without training it or reading any
     * data: the parent opened and built as {@link #run} does (no class weights), then released. What a study's time
     * estimate prices a fine-tuning source by.
     *
     * @throws IllegalArgumentException when the parent cannot be opened or the settings cannot be applied to it
     */
    public static NetworkSummary network(Request request) {
        ParentModels.Parent parent = ParentModels.open(request.from(), request.parentOptions());
        TransferBuilder.Result built;
        try {
            built = TransferBuilder.build(parent.backbone(), request.settings(), 1, 1e-3, null);
        } catch (RuntimeException e) {
            parent.backbone().close();
            throw e;
        }
        // as in run: the parent is left to the garbage collector, the built model may share its weight arrays
        try (LoadedModel model = built.model()) {
            return NetworkSummary.of(model);
        }
    }

    public static TrainingOutcome run(RunExecutor executor, Request request, TrainingOptions options, DataOptions data,
                                      RunFolder run) {
        ParentModels.Parent parent = ParentModels.open(request.from(), request.parentOptions());
        TransferBuilder.Result built;
        RunExecutor.PreparedData prepared;
        try {
            prepared = executor.prepare(data, options.seed());
            built = TransferBuilder.build(parent.backbone(), request.settings(), options.seed(),
                    options.learningRate(), prepared.classWeights());
        } catch (RuntimeException e) {
            parent.backbone().close();
            throw e;
        }
        // the parent is left to the garbage collector: the built model may share its weight arrays
        TransferSettings s = request.settings();
        TransferredFrom record = new TransferredFrom(parent.kind(), parent.path(), parent.fileName(), parent.sha256(),
                s.freeze(), s.head() == null ? null : s.head().describe(), s.headOn(), built.frozen(),
                built.model().isGraph(), built.model().input(), built.model().classes(),
                built.model().parameterCount(), built.trainableParameters());
        RunConfig config = RunConfig.fineTuned(options, data, RunExecutor.dataUsed(prepared), prepared.testName(),
                record);
        return executor.execute(built.model(), config, prepared, run);
    }
}
