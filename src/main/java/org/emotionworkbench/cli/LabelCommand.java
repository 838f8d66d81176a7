package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DatasetLayout;
import org.emotionworkbench.dataset.IgnoredFiles;
import org.emotionworkbench.dataset.DatasetLoader;
import org.emotionworkbench.dataset.ImageFile;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.ScanResult;
import org.emotionworkbench.dataset.labels.LabelRow;
import org.emotionworkbench.dataset.labels.LabelsCsv;
import org.emotionworkbench.dataset.labels.UnlabelledFolder;
import org.emotionworkbench.run.ModelLabeller;
import org.emotionworkbench.run.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Model-assisted labelling of an unlabelled image folder (any size, recursive) with a trained run:",
                "predicted class, confidence and probabilities per image into a labels CSV. Predictions under",
                "--min-confidence are marked for review, most uncertain first. Human rows already in the CSV are kept."})
final class LabelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--images", required = true, paramLabel = "<dir>", description = "Folder of images (searched recursively).")
    Path images;

    @Option(names = "--run", required = true, paramLabel = "<runDir>",
            description = "A finished run folder (model.zip), trained here or imported.")
    Path runDir;

    @Option(names = "--out", required = true, paramLabel = "<labels.csv>", description = "Labels CSV to create or update.")
    Path out;

    @Option(names = "--min-confidence", defaultValue = "0.5", paramLabel = "<p>",
            description = "Predictions below this top probability are marked for review (default ${DEFAULT-VALUE}).")
    double minConfidence;

    @Mixin
    CacheOptions cache;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UserError("--min-confidence must be in [0, 1], got " + minConfidence);
        }
        List<ImageFile> files = UnlabelledFolder.list(images, cache.toLoadOptions().resolvedBudget(),
                org.emotionworkbench.dataset.LoadMonitor.NONE);
        // labels are unknown here; the loader needs one, and nothing reads it back
        ScanResult scan = new ScanResult(DatasetLayout.FLAT, files, List.of(), List.of(), IgnoredFiles.NONE);
        LoadedDataset ds;
        try (LoadProgressBar bar = new LoadProgressBar(spec.commandLine().getErr())) {
            ds = DatasetLoader.fromScan(images, scan, cache.toLoadOptions(), bar);
        }
        List<LabelRow> rows = ModelLabeller.label(RunFolder.existing(runDir), ds, images, minConfidence);
        List<LabelRow> merged = LabelsCsv.merge(LabelsCsv.read(out), rows);
        LabelsCsv.write(merged, out);
        long review = merged.stream().filter(LabelRow::review).count();
        long human = merged.stream().filter(r -> r.origin() == org.emotionworkbench.dataset.labels.LabelOrigin.HUMAN).count();
        o.printf(Locale.ROOT, "labelled %d images (%d skipped); %s: %d rows, %d human, %d marked for review (confidence < %.2f)%n",
                ds.report().totalLoaded(), ds.report().skippedFiles().size(), out, merged.size(), human, review, minConfidence);
        ds.report().skippedFiles().forEach(s -> o.println("  skipped " + s));
        o.flush();
        return 0;
    }
}
