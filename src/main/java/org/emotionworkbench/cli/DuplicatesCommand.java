package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.duplicates.DuplicateFinder;
import org.emotionworkbench.dataset.duplicates.DuplicateGroup;
import org.emotionworkbench.dataset.duplicates.DuplicateReport;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestEntry;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Find exact and near duplicates within and across train/test, test images leaked into train,",
                "and duplicate groups with conflicting labels. Optionally write a manifest without the leaks."})
final class DuplicatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "<data>", description = "Dataset folder, FER2013 .csv or manifest .json.")
    String data;

    @Option(names = "--exact-by", defaultValue = "pixels", paramLabel = "<pixels|bytes>",
            description = "Exact duplicate = identical decoded 48x48 pixels (default) or identical file bytes.")
    String exactBy;

    @Option(names = "--near-distance", defaultValue = "0", paramLabel = "<bits>",
            description = "Near duplicate = perceptual hashes at most this many bits apart (0..16, default ${DEFAULT-VALUE}); -1 skips the near pass.")
    int nearDistance;

    @Option(names = "--show", defaultValue = "5", paramLabel = "<n>", description = "Print up to n example groups of each problem kind.")
    int show;

    @Option(names = "--without-leaks", paramLabel = "<manifest.json>",
            description = "Write a manifest of the data minus the training images whose pixels equal a test image's.")
    Path withoutLeaks;

    @Mixin
    CacheOptions cache;

    @Mixin
    SourceMixin source;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LoadedDataset ds;
        try (LoadProgressBar bar = new LoadProgressBar(spec.commandLine().getErr())) {
            ds = DataSources.load(data, source.toSourceOptions(), cache.toLoadOptions(), bar);
        }
        out.printf("%s: %d train + %d test images%n", data, ds.train().size(), ds.test().size());
        DuplicateFinder.ExactBy by = switch (exactBy.toLowerCase(java.util.Locale.ROOT)) {
            case "pixels" -> DuplicateFinder.ExactBy.PIXELS;
            case "bytes" -> DuplicateFinder.ExactBy.BYTES;
            default -> throw new UserError("--exact-by must be pixels or bytes, got " + exactBy);
        };
        print(out, DuplicateFinder.exact(ds, by));
        if (nearDistance >= 0) {
            print(out, DuplicateFinder.near(ds, nearDistance));
        }
        if (withoutLeaks != null) {
            Set<String> leaks = DuplicateFinder.trainSourcesDuplicatingTest(ds);
            Manifest full = DataSources.manifest(data, source.toSourceOptions());
            List<ManifestEntry> kept = full.entries().stream().filter(e -> !leaks.contains(e.file().toString())).toList();
            Manifest clean = new Manifest(full.origin(), kept)
                    .withOrigin("removed " + (full.size() - kept.size()) + " training image(s) whose pixels equal a test image's");
            ManifestJson.write(clean, withoutLeaks);
            out.printf("wrote %s: %d images (%d leaked training images left out)%n", withoutLeaks, kept.size(), full.size() - kept.size());
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, DuplicateReport r) {
        out.print(r.summary());
        examples(out, "  conflicting labels", r.groups().stream().filter(DuplicateGroup::conflicting).toList());
        examples(out, "  across train/test", r.groups().stream().filter(DuplicateGroup::crossesSplits).toList());
    }

    private void examples(PrintWriter out, String title, List<DuplicateGroup> groups) {
        if (groups.isEmpty() || show <= 0) {
            return;
        }
        out.println(title + " (first " + Math.min(show, groups.size()) + " of " + groups.size() + "):");
        for (DuplicateGroup g : groups.subList(0, Math.min(show, groups.size()))) {
            StringBuilder sb = new StringBuilder("    ");
            g.items().forEach(i -> sb.append(i.split()).append('/').append(i.label()).append(' ').append(i.source()).append("  "));
            out.println(sb.toString().stripTrailing());
        }
    }
}
