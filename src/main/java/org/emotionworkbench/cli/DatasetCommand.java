package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DatasetLoader;
import org.emotionworkbench.dataset.LoadedDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Inspect and prepare datasets.",
        subcommands = {DatasetCommand.Inspect.class})
final class DatasetCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "Show the layout found, per-split per-class counts and skipped files with reasons.")
    static final class Inspect implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<root>", description = "Dataset root: <root>/{train,test}/<class>/* or <root>/<class>/*")
        Path root;

        @Mixin
        CacheOptions cache;

        @Override
        public void run() {
            LoadedDataset dataset = DatasetLoader.load(root, cache.toLoadOptions());
            spec.commandLine().getOut().print(dataset.report().toText());
            spec.commandLine().getOut().flush();
        }
    }
}
