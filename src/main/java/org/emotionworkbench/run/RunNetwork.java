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

    /**
     * What to say about layers a Keras file marks non-trainable: DL4J 1.0.0-M2.1's importer ignores the mark, so the
     * network trains them when fine-tuned unless {@code --freeze} covers them (the summary shows what DL4J does).
     */
    public static String kerasFrozenNote(java.util.List<String> layers) {
        String names = layers.size() <= 6 ? String.join(", ", layers)
                : String.join(", ", layers.subList(0, 5)) + ", … (" + layers.size() + " in all)";
        return "The Keras file marks " + layers.size() + (layers.size() == 1 ? " layer" : " layers")
                + " non-trainable (" + names + "); DL4J's importer does not keep that mark, so they are listed as "
                + "trainable here and fine-tuning trains them unless --freeze covers them.";
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
            return "Imported from " + i.sourceFile() + " (" + i.modelClass() + ", Keras " + i.kerasVersion() + ")."
                    + (i.kerasNonTrainable().isEmpty() ? "" : " " + kerasFrozenNote(i.kerasNonTrainable()));
        }
        return config.model() == null ? "Trained here." : "Trained here from the model spec \"" + config.model().name()
                + "\".";
    }
}
