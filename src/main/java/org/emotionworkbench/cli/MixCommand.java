package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.dataset.manifest.Manifests;
import org.emotionworkbench.dataset.manifest.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "mix", mixinStandardHelpOptions = true,
        description = {"Write a manifest whose train split has the real train split's per-class sizes with the given fraction",
                "of each class drawn from the synthetic source; the real test split is kept. E.g. --fraction 0.25 for 25%% synthetic."})
final class MixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--real", required = true, paramLabel = "<data>", description = "Real dataset folder or manifest.")
    String real;

    @Option(names = "--synthetic", required = true, paramLabel = "<data>", description = "Synthetic folder or manifest (source options apply to it).")
    String synthetic;

    @Option(names = "--fraction", required = true, paramLabel = "<f>", description = "Synthetic share of each training class, 0..1.")
    double fraction;

    @Option(names = "--out", required = true, paramLabel = "<manifest.json>")
    Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "<S>")
    long seed;

    @Mixin
    SourceMixin sourceOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Selection sel = Manifests.mix(DataSources.manifest(real, SourceOptions.defaults()),
                DataSources.manifest(synthetic, sourceOptions.toSourceOptions()), fraction, seed);
        ManifestJson.write(sel.manifest(), out);
        o.printf(Locale.ROOT, "wrote %s: %d images (%.0f %% synthetic in train), seed %d%n", out, sel.manifest().size(), fraction * 100, seed);
        sel.shortfalls().forEach(s -> o.println("shortfall: " + s));
        o.flush();
        return sel.complete() ? 0 : MatchCommand.SHORTFALL;
    }
}
