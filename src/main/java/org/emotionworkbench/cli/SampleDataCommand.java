package org.emotionworkbench.cli;

import org.emotionworkbench.sampledata.SampleDataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = {"Draw the bundled sample dataset of procedural 48×48 faces.",
                "Mouth, brows and eyes express each of the 7 emotions; written as <out>/{train,test}/<class>/*.png.",
                "Same seed, same files."})
final class SampleDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "sample-data", description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--train-per-class", defaultValue = "60", description = "Training images per class. Default: ${DEFAULT-VALUE}.")
    int trainPerClass;

    @Option(names = "--test-per-class", defaultValue = "20", description = "Test images per class. Default: ${DEFAULT-VALUE}.")
    int testPerClass;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws Exception {
        SampleDataGenerator.generate(out, trainPerClass, testPerClass, seed);
        spec.commandLine().getOut().printf("wrote %d training and %d test faces to %s%n", 7 * trainPerClass,
                7 * testPerClass, out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
