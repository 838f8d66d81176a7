package org.emotionworkbench.run;

import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkSummary;

import java.util.Objects;

/**
 * A run's network as it is (its model.zip, opened through {@link RunModels}), summarised layer by layer with the
 * frozen ones marked, and where it came from in one line: trained here, imported from a file, or fine-tuned from a
 * parent with some layers frozen. What the Model screen shows for a selected run.
 */
public record RunNetwork(NetworkSummary summary, String origin) {
    public RunNetwork {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Opens, summarises and closes the run's model.
     *
     * @throws IllegalArgumentException when model.zip or config.json cannot be read, with the file named
     */
    public static RunNetwork of(RunFolder run) {
        NetworkSummary summary;
        try (LoadedModel model = RunModels.load(run)) {
            summary = NetworkSummary.of(model);
        }
        return new RunNetwork(summary, origin(RunModels.configOf(run)));
    }

    static String origin(RunConfig config) {
        if (config == null) {
            return "A network whose config.json cannot be read.";
        }
        if (config.transfer() != null) {
            TransferredFrom t = config.transfer();
            return "Fine-tuned from " + t.describeParent()
                    + (t.freeze() == null ? ", nothing frozen" : ", frozen up to --freeze " + t.freeze())
                    + (t.head() == null ? "" : ", new head " + t.head()) + ".";
        }
        if (config.imported() != null) {
            ImportedModel i = config.imported();
            return "Imported from " + i.sourceFile() + " (" + i.modelClass() + ", Keras " + i.kerasVersion() + ").";
        }
        return config.model() == null ? "Trained here." : "Trained here from the model spec \"" + config.model().name()
                + "\".";
    }
}
