package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DatasetStats;
import org.emotionworkbench.dataset.LoadedDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Inspect and prepare datasets.",
        subcommands = {DatasetCommand.Inspect.class, DuplicatesCommand.class, MatchCommand.class, MixCommand.class,
                ManifestCommand.class, ExportCommand.class, LabelCommand.class})
final class DatasetCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = {"Show the layout, per-split per-class counts, image size and mode histograms, mean/std",
                    "intensity per class, skipped files and folders with reasons, and problems; with load timing."})
    static final class Inspect implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<data>",
                description = "Dataset folder (<root>/{train,test}/<class>/* or <root>/<class>/*), FER2013 .csv or manifest .json")
        Path root;

        @Mixin
        CacheOptions cache;

        @Mixin
        SourceMixin source;

        @Option(names = "--no-stats", description = "Counts and skipped items only (no size/mode/intensity pass).")
        boolean noStats;

        @Override
        public void run() {
            long t0 = System.nanoTime();
            LoadedDataset dataset;
            try (LoadProgressBar bar = new LoadProgressBar(spec.commandLine().getErr())) {
                dataset = DataSources.load(root.toString(), source.toSourceOptions(), cache.toLoadOptions(), bar);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.print(dataset.report().toText());
            out.printf(Locale.ROOT, "  loaded in %.2f s (%.0f images/s)%n", seconds, dataset.report().totalLoaded() / Math.max(seconds, 1e-9));
            if (!noStats) {
                out.print(DatasetStats.of(dataset).toText());
            }
            out.flush();
        }
    }
}
