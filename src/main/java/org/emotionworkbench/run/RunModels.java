package org.emotionworkbench.run;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.ModelZip;
import org.emotionworkbench.platform.Dl4jRuntime;

import java.io.IOException;

/**
 * The one way to open a run's model: a trained run's model.zip is the workbench's own network (48×48×1, canonical
 * class order); an imported run's model.zip is opened with the input spec and class order its config.json records.
 */
public final class RunModels {
    private RunModels() {
    }

    /**
     * Opens {@code run}'s model; the caller closes it.
     *
     * @throws IllegalArgumentException when model.zip or config.json is unreadable, with the file named
     */
    public static LoadedModel load(RunFolder run) {
        Dl4jRuntime.configure();
        RunConfig config = configOf(run);
        ImportedModel imported = config == null ? null : config.imported();
        TransferredFrom transfer = config == null ? null : config.transfer();
        try {
            if (transfer != null) {
                return open(run, transfer.graph(), transfer.input(), transfer.classes());
            }
            if (imported == null) {
                return LoadedModel.of(ModelZip.readNetwork(run.file(RunFolder.MODEL), false));
            }
            return open(run, imported.graph(), imported.input(), imported.classes());
        } catch (ModelZip.InvalidModelFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read the model " + run.file(RunFolder.MODEL)
                    + " (not a DL4J model zip, or damaged): " + e.getMessage(), e);
        }
    }

    private static LoadedModel open(RunFolder run, boolean graph, org.emotionworkbench.model.InputSpec input,
                                    org.emotionworkbench.model.ClassOrder classes) {
        if (graph) {
            ComputationGraph g = ModelZip.readGraph(run.file(RunFolder.MODEL), false);
            return LoadedModel.of(g, input, classes);
        }
        MultiLayerNetwork n = ModelZip.readNetwork(run.file(RunFolder.MODEL), false);
        return LoadedModel.of(n, input, classes);
    }

    static RunConfig configOf(RunFolder run) {
        try {
            return RunConfig.read(run.file(RunFolder.CONFIG));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The import record of a run folder, or null for a run trained here (or one whose config cannot be read). */
    public static ImportedModel importedOf(RunFolder run) {
        RunConfig config = configOf(run);
        return config == null ? null : config.imported();
    }
}
