package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DataSplit;
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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "manifest", mixinStandardHelpOptions = true,
        description = {"Write a manifest (files + labels + splits + origin) from a folder, labels CSV or manifest,",
                "optionally a subset (--split, --classes), united with other manifests (--union), sampled per class,",
                "and with a held-out test split (--test-fraction)."})
final class ManifestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "<data>", description = "Folder (with source options) or manifest.")
    String data;

    @Option(names = "--union", paramLabel = "<data>", description = "Another folder or manifest to add (repeatable).")
    List<String> union = List.of();

    @Option(names = "--split", paramLabel = "<train|test>", description = "Keep only this split.")
    String split;

    @Option(names = "--classes", split = ",", paramLabel = "<class>", description = "Keep only these classes (comma-separated).")
    List<String> classes = List.of();

    @Option(names = "--per-class", paramLabel = "<n>", description = "Draw n images of each class at random (seeded).")
    Integer perClass;

    @Option(names = "--test-fraction", paramLabel = "<f>", description = {"Then hold out this fraction of each class "
            + "(stratified, seeded) as the test split, e.g. 0.2: the faces a model is tested on and never trained on.",
            "Refused for data that already has a test split."})
    Double testFraction;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "<S>")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "<manifest.json>")
    Path out;

    @Mixin
    SourceMixin sourceOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Manifest m = DataSources.manifest(data, sourceOptions.toSourceOptions());
        for (String other : union) {
            m = Manifests.union(m, DataSources.manifest(other, SourceOptions.defaults()));
        }
        Set<DataSplit> splits = EnumSet.noneOf(DataSplit.class);
        if (split != null) {
            splits.add(DataSplit.fromFolderName(split).orElseThrow(() -> new UserError("--split must be train or test, got " + split)));
        }
        Set<Emotion> keep = EnumSet.noneOf(Emotion.class);
        for (String c : classes) {
            keep.add(Emotion.fromName(c).orElseThrow(() -> new UserError("unknown class '" + c + "'; use " + Emotion.labels())));
        }
        if (!splits.isEmpty() || !keep.isEmpty()) {
            m = Manifests.subset(m, splits, keep);
        }
        int status = 0;
        if (perClass != null) {
            Map<Emotion, Integer> want = new EnumMap<>(Emotion.class);
            for (Emotion e : keep.isEmpty() ? EnumSet.allOf(Emotion.class) : keep) {
                want.put(e, perClass);
            }
            Selection sel = Manifests.sample(m, want, seed);
            sel.shortfalls().forEach(s -> o.println("shortfall: " + s));
            m = sel.manifest();
            status = sel.complete() ? 0 : MatchCommand.SHORTFALL;
        }
        if (testFraction != null) {
            if (!(testFraction > 0 && testFraction < 1)) {
                throw new UserError("--test-fraction must be between 0 and 1 (e.g. 0.2), got " + testFraction);
            }
            m = Manifests.holdOut(m, testFraction, seed);
        }
        ManifestJson.write(m, out);
        if (testFraction != null) {
            o.printf("wrote %s: %d images, train %s, test %s%n", out, m.size(), m.counts(DataSplit.TRAIN),
                    m.counts(DataSplit.TEST));
        } else {
            o.printf("wrote %s: %d images %s%n", out, m.size(), m.counts());
        }
        o.flush();
        return status;
    }
}
