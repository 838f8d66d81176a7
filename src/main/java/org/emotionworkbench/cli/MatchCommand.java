package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetCounts;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.manifest.Manifest;
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
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Per class, draw at random (seeded) exactly as many source images as the reference has, and write",
                "them as a manifest. Every class where the source has too few is reported (exit code 3). Same seed, same selection."})
final class MatchCommand implements Callable<Integer> {
    static final int SHORTFALL = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "<data>", description = "Folder or manifest to draw from (source options apply to it).")
    String source;

    @Option(names = "--reference", required = true, paramLabel = "<data>", description = "Folder, FER2013 .csv or manifest whose class counts to match.")
    String reference;

    @Option(names = "--reference-split", defaultValue = "all", paramLabel = "<all|train|test>",
            description = "Which reference split(s) to count (default ${DEFAULT-VALUE}).")
    String referenceSplit;

    @Option(names = "--out", required = true, paramLabel = "<manifest.json>", description = "Manifest to write.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "<S>", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    SourceMixin sourceOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        DataSplit[] splits = splits(referenceSplit);
        Map<Emotion, Integer> ref = referenceCounts(reference, splits);
        Manifest src = DataSources.manifest(source, sourceOptions.toSourceOptions());
        Selection sel = Manifests.match(src, ref, reference, seed);
        ManifestJson.write(sel.manifest(), out);
        Map<Emotion, Integer> have = src.counts();
        Map<Emotion, Integer> got = sel.manifest().counts();
        o.printf("%-9s %10s %10s %10s%n", "class", "reference", "source", "drawn");
        for (Emotion e : Emotion.values()) {
            o.printf("%-9s %10d %10d %10d%n", e, ref.get(e), have.get(e), got.get(e));
        }
        o.printf("wrote %s: %d images, seed %d%n", out, sel.manifest().size(), seed);
        sel.shortfalls().forEach(s -> o.println("shortfall: " + s));
        o.flush();
        return sel.complete() ? 0 : SHORTFALL;
    }

    static DataSplit[] splits(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "all" -> new DataSplit[0];
            case "train" -> new DataSplit[]{DataSplit.TRAIN};
            case "test" -> new DataSplit[]{DataSplit.TEST};
            default -> throw new UserError("--reference-split must be all, train or test, got " + s);
        };
    }

    static Map<Emotion, Integer> referenceCounts(String spec, DataSplit... splits) {
        return DatasetCounts.of(spec, SourceOptions.defaults()).counts(splits);
    }
}
