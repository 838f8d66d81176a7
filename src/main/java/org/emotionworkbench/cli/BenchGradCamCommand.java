package org.emotionworkbench.cli;

import org.emotionworkbench.bench.MachineInfo;
import org.emotionworkbench.explain.GradCamBenchmark;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench-gradcam", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time Grad-CAM on an untrained model or a run's model, trained or imported (random faces):",
                "ms per single image, batch images/s, and memory (RSS, JavaCPP off-heap, heap) while computing many",
                "heatmaps. Ends with a SUMMARY line."})
final class BenchGradCamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "pisa", description = "Preset or spec file. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--run", paramLabel = "<runDir>",
            description = "Time this run's model (e.g. one made by 'import --keras') instead of --model.")
    Path runDir;

    @Option(names = "--layer", paramLabel = "<name>", description = "Layer to explain. Default: the last convolution layer.")
    String layer;

    @Option(names = "--single", defaultValue = "300", description = "Timed single-image runs. Default: ${DEFAULT-VALUE}.")
    int single;

    @Option(names = "--batches", split = ",", defaultValue = "16,64", description = "Batch sizes. Default: ${DEFAULT-VALUE}.")
    List<Integer> batches;

    @Option(names = "--batch-images", defaultValue = "640", description = "Images per batch-size timing. Default: ${DEFAULT-VALUE}.")
    int batchImages;

    @Option(names = "--heatmaps", defaultValue = "5000", description = "Heatmaps for the memory run. Default: ${DEFAULT-VALUE}.")
    int heatmaps;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (single < 1 || heatmaps < 1 || batchImages < 1 || batches.stream().anyMatch(b -> b < 1)) {
            throw new UserError("counts and batch sizes must be at least 1");
        }
        int[] sizes = batches.stream().mapToInt(Integer::intValue).toArray();
        java.util.function.Consumer<String> log = line -> {
            o.println(line);
            o.flush();
        };
        ModelSpec modelSpec = runDir == null ? spec(model) : null;
        if (runDir == null && layer != null) {
            throw new UserError("--layer goes with --run (an untrained preset is timed at its last convolution layer)");
        }
        Dl4jRuntime.configure();
        o.println(MachineInfo.read());
        o.println(Dl4jRuntime.describe());
        o.flush();
        GradCamBenchmark.Result r;
        if (runDir != null) {
            try (LoadedModel loaded = RunModels.load(RunFolder.existing(runDir))) {
                log.accept("model: " + runDir + ", input " + loaded.input().describe());
                r = GradCamBenchmark.run(loaded, runDir.getFileName().toString(), layer, single, sizes, batchImages,
                        heatmaps, log);
            }
        } else {
            r = GradCamBenchmark.run(modelSpec, single, sizes, batchImages, heatmaps, log);
        }
        GradCamBenchmark.MemorySample first = r.memory().get(0);
        GradCamBenchmark.MemorySample last = r.memory().get(r.memory().size() - 1);
        long minRss = r.memory().stream().mapToLong(GradCamBenchmark.MemorySample::rssBytes).min().orElse(0);
        long maxRss = r.memory().stream().mapToLong(GradCamBenchmark.MemorySample::rssBytes).max().orElse(0);
        StringBuilder tp = new StringBuilder();
        for (double[] b : r.batchImagesPerSecond()) {
            tp.append(String.format(Locale.ROOT, " batch%d=%.0f/s", (int) b[0], b[1]));
        }
        o.printf(Locale.ROOT, "SUMMARY model=%s layer=%s single_median_ms=%.2f single_mean_ms=%.2f%s"
                        + " rss_mb_0=%.0f rss_mb_%d=%.0f rss_mb_min=%.0f rss_mb_max=%.0f%n",
                r.model(), r.layer(), r.singleMedianMs(), r.singleMeanMs(), tp, first.rssBytes() / 1e6,
                last.heatmaps(), last.rssBytes() / 1e6, minRss / 1e6, maxRss / 1e6);
        o.flush();
        return 0;
    }

    private static ModelSpec spec(String model) throws java.io.IOException {
        ModelSpec preset = Presets.find(model).orElse(null);
        if (preset != null) {
            return preset;
        }
        Path file = Path.of(model);
        if (!Files.isRegularFile(file)) {
            throw new UserError("'" + model + "' is neither a preset (" + String.join(", ", Presets.names()) + ") nor a spec file");
        }
        return ModelSpec.read(file);
    }
}
