package org.emotionworkbench.cli;

import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.run.ImportedModel;
import org.emotionworkbench.run.ModelImport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a model trained elsewhere into a run folder that evaluate, gradcam, misclassified, "
                + "compare, studies and the window open like a trained run.",
                "Keras 2.x HDF5 files (.h5/.hdf5 from model.save), Sequential or functional. Input size and channels "
                        + "come from the file where it declares them. Nothing is written if the file cannot be imported."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--keras", required = true, paramLabel = "<file.h5>", description = "The Keras model file.")
    Path keras;

    @Option(names = "--out", required = true, paramLabel = "<runDir>", description = "The run folder to create.")
    Path out;

    @Option(names = "--classes", paramLabel = "<order>",
            description = {"Which emotion each output stands for, in output order: a list "
                    + "(angry,disgust,fear,happy,sad,surprise,neutral) or a named order: fer2013 (FER2013's numeric "
                    + "labels, neutral last), kdef (the same), alphabetical (the workbench's order, neutral fifth).",
                    "Required: a Keras file does not store it, and a wrong order silently mislabels classes."})
    String classes;

    @ArgGroup(exclusive = true)
    Scaling scaling;

    static final class Scaling {
        @Option(names = "--pixel-range", paramLabel = "0,1|-1,1",
                description = "The range the model's training fed pixels in. Default: 0,1.")
        String range;

        @ArgGroup(exclusive = false)
        MeanStd meanStd;
    }

    static final class MeanStd {
        @Option(names = "--mean", required = true, paramLabel = "<m[,m,m]>",
                description = "Subtracted from each pixel (0-255 scale), one value or one per channel.")
        String mean;

        @Option(names = "--std", required = true, paramLabel = "<s[,s,s]>",
                description = "Then divided by (0-255 scale), one value or one per channel.")
        String std;
    }

    @Option(names = "--input", paramLabel = "HxWxC",
            description = "The model's input size, when the file does not declare it (e.g. 64x64x1).")
    String input;

    @Option(names = "--overwrite", description = "Allow writing into a non-empty output folder.")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        var meanStd = scaling == null ? null : scaling.meanStd;
        KerasImport.Options options = KerasImport.Options.parse(classes, scaling == null ? null : scaling.range,
                meanStd == null ? null : meanStd.mean, meanStd == null ? null : meanStd.std, input);
        long t0 = System.nanoTime();
        ModelImport.Result r = ModelImport.importKeras(keras, options, out, overwrite);
        try (var model = r.model()) {
            ImportedModel rec = r.record();
            o.printf("imported %s (%s, Keras %s, %s backend) in %.1f s%n", rec.sourceFile(), rec.modelClass(),
                    orUnknown(rec.kerasVersion()), orUnknown(rec.kerasBackend()), (System.nanoTime() - t0) / 1e9);
            o.printf("  %,d parameters, %d layers, DL4J %s%n", rec.parameters(), model.layers().length,
                    rec.graph() ? "ComputationGraph" : "MultiLayerNetwork");
            if (rec.separableSplit() > 0) {
                o.printf("  %d separable convolutions stored as depthwise + 1x1 pairs (same outputs, much faster in DL4J)%n",
                        rec.separableSplit());
            }
            o.println("  input: " + rec.input().describe());
            o.println("  outputs: " + rec.classes());
            o.println("  sha256: " + rec.sourceSha256());
            if (!rec.kerasNonTrainable().isEmpty()) {
                o.println("  note: " + org.emotionworkbench.run.RunNetwork.kerasFrozenNote(rec.kerasNonTrainable()));
            }
            o.println("run folder: " + r.run().dir());
            o.println("next: evaluate --run " + r.run().dir() + " --data <dataset>");
        }
        o.flush();
        return 0;
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }
}
