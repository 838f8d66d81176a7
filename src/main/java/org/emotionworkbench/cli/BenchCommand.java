package org.emotionworkbench.cli;

import org.emotionworkbench.bench.MachineInfo;
import org.emotionworkbench.bench.ThroughputBenchmark;
import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.Augmenter;
import org.emotionworkbench.dataset.ClassWeights;
import org.emotionworkbench.dataset.DatasetLoader;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.StratifiedSplit;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.emotionworkbench.run.RunExecutor;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.training.Trainer;
import org.emotionworkbench.training.TrainingData;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.training.TrainingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure training and inference speed; ends with a SUMMARY line.",
                "Images/s on random inputs; with --fer also FER2013 load times and one full epoch with the real pipeline.",
                "Inference runs as evaluation does: channels last where the network allows (SUMMARY infer_layout=nhwc);",
                "-Demotionworkbench.channelslast=false measures DL4J's own layout."})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "pisa", description = "Preset or spec. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--train-batches", split = ",", defaultValue = "64,256", description = "Training batch sizes. Default: ${DEFAULT-VALUE}.")
    List<Integer> trainBatches;

    @Option(names = "--infer-batches", split = ",", defaultValue = "64,256", description = "Inference batch sizes. Default: ${DEFAULT-VALUE}.")
    List<Integer> inferBatches;

    @Option(names = "--images", defaultValue = "1600", description = "Images per timed repeat. Default: ${DEFAULT-VALUE}.")
    int images;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed repeats (median reported). Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--fer", paramLabel = "<root>",
            description = "FER2013 root (<root>/{train,test}/<class>): measure cold and cached load times.")
    Path fer;

    @Option(names = "--epoch", description = "With --fer: also time one full training epoch (80%% of train, augmentation and class weights on).")
    boolean epoch;

    @Option(names = "--from", paramLabel = "<runDir|file|vgg16:SIDE>",
            description = "Measure fine-tuning this model instead of --model (as train --from builds it, with --freeze, "
                    + "--head, --head-on, --classes, --pixel-range, --input); vgg16:SIDE is the zoo VGG16 without its "
                    + "top at SIDE×SIDE×3 with random weights (speed does not depend on the weights).")
    String from;

    @Option(names = "--freeze", paramLabel = "<layer|N>", description = "With --from: as train --freeze.")
    String freeze;

    @Option(names = "--head", paramLabel = "<spec>", description = "With --from: as train --head.")
    String head;

    @Option(names = "--head-on", paramLabel = "<layer>", description = "With --from: as train --head-on.")
    String headOn;

    @Option(names = "--classes", paramLabel = "<order>", description = "With --from <file>: as import --classes.")
    String classes;

    @Option(names = "--pixel-range", paramLabel = "0,1|-1,1", description = "With --from <file>: as import.")
    String pixelRange;

    @Option(names = "--input", paramLabel = "HxWxC", description = "With --from <zip>: as import --input.")
    String input;

    @Override
    public void run() {
        if (from != null) {
            fineTuning();
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        ModelSpec m = ModelArgument.resolve(model);
        Dl4jRuntime.configure();
        out.println("machine: " + MachineInfo.read());
        out.println("backend: " + Dl4jRuntime.describe());
        out.println("model: " + m.name() + ", " + String.format(Locale.ROOT, "%,d", m.analyse().totalParams()) + " params");
        out.flush();
        Map<String, String> summary = new LinkedHashMap<>();
        throughput(out, summary, true, (batch, warmup, n) -> ThroughputBenchmark.training(m, batch, warmup, n, repeats),
                (batch, warmup, n) -> ThroughputBenchmark.inference(m, batch, warmup, n, repeats));
        summary.put("params", Long.toString(m.analyse().totalParams()));
        summary.put("infer_layout", org.emotionworkbench.model.ChannelsLastCopy.enabled() ? "nhwc" : "nchw");
        if (fer != null) {
            ferFigures(out, m, summary);
        }
        printSummary(out, summary);
    }

    /** One timed measurement: a batch size, warm-up batches and timed batches per repeat. */
    private interface Timed {
        ThroughputBenchmark.Result run(int batch, int warmup, int batches);
    }

    /**
     * Training at every --train-batches size and inference at every --infer-batches size, into the summary as
     * {@code train_img_s_b<size>} / {@code infer_img_s_b<size>} ({@code defaultKeys}: the default sizes 64 and 256 as
     * {@code train_img_s} / {@code infer_img_s}, the keys earlier figures use).
     */
    private void throughput(PrintWriter out, Map<String, String> summary, boolean defaultKeys, Timed train,
                            Timed infer) {
        for (int b : trainBatches) {
            int n = Math.max(1, images / b);
            ThroughputBenchmark.Result r = train.run(b, Math.max(2, n / 4), n);
            report(out, r);
            summary.put(defaultKeys && b == 64 ? "train_img_s" : "train_img_s_b" + b, fmt(r.median()));
        }
        for (int b : inferBatches) {
            int n = Math.max(1, 2 * images / b);
            ThroughputBenchmark.Result r = infer.run(b, Math.max(2, n / 4), n);
            report(out, r);
            summary.put(defaultKeys && b == 256 ? "infer_img_s" : "infer_img_s_b" + b, fmt(r.median()));
        }
    }

    /** The peak RSS, then the one {@code SUMMARY key=value ...} line scripts read. */
    private static void printSummary(PrintWriter out, Map<String, String> summary) {
        long rss = MachineInfo.peakRssMb();
        out.println("peak RSS: " + rss + " MiB");
        summary.put("peak_rss_mb", Long.toString(rss));
        out.println("SUMMARY " + summary.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
        out.flush();
    }

    /** Fine-tuning throughput of the model train --from would build, on random inputs at its input size. */
    private void fineTuning() {
        PrintWriter out = spec.commandLine().getOut();
        Dl4jRuntime.configure();
        out.println("machine: " + MachineInfo.read());
        out.println("backend: " + Dl4jRuntime.describe());
        long t0 = System.nanoTime();
        org.emotionworkbench.transfer.Backbone parent;
        if (from.startsWith("vgg16:")) {
            int side = Integer.parseInt(from.substring("vgg16:".length()));
            parent = new org.emotionworkbench.transfer.Backbone(
                    org.emotionworkbench.transfer.Vgg16.randomNoTop(side, 1),
                    new org.emotionworkbench.model.InputSpec(side, side, 3, false,
                            org.emotionworkbench.model.PixelScaling.UNIT), null);
        } else {
            parent = org.emotionworkbench.transfer.ParentModels.open(Path.of(from),
                    org.emotionworkbench.model.keras.KerasImport.Options.parse(classes, pixelRange, null, null, input))
                    .backbone();
        }
        var built = org.emotionworkbench.transfer.TransferBuilder.build(parent,
                org.emotionworkbench.transfer.TransferSettings.parse(freeze, head, headOn), 1, 1e-3, null);
        var model = built.model();
        out.printf(Locale.ROOT, "model: fine-tuned %s, %s, %,d params, %,d trainable, %d layers frozen; built in %.1f s%n",
                from, model.input().describe(), model.parameterCount(), built.trainableParameters(),
                built.frozen().size(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        Map<String, String> summary = new LinkedHashMap<>();
        throughput(out, summary, false,
                (batch, warmup, n) -> ThroughputBenchmark.training(model, batch, warmup, n, repeats),
                (batch, warmup, n) -> ThroughputBenchmark.inference(model, batch, warmup, n, repeats));
        summary.put("params", Long.toString(model.parameterCount()));
        summary.put("trainable", Long.toString(built.trainableParameters()));
        printSummary(out, summary);
        model.close();
    }

    private void ferFigures(PrintWriter out, ModelSpec m, Map<String, String> summary) {
        try {
            Path cache = Files.createTempDirectory("ew-bench-cache");
            LoadOptions options = LoadOptions.defaults().withCacheDir(cache);
            long t0 = System.nanoTime();
            LoadedDataset cold = DatasetLoader.load(fer, options);
            double coldS = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            LoadedDataset warm = DatasetLoader.load(fer, options);
            double warmS = (System.nanoTime() - t0) / 1e9;
            int files = warm.train().size() + warm.test().size();
            out.printf(Locale.ROOT, "FER2013 load: %d images, cold %.2f s, cached %.2f s%n", files, coldS, warmS);
            summary.put("fer_cold_load_s", String.format(Locale.ROOT, "%.2f", coldS));
            summary.put("fer_cached_load_s", String.format(Locale.ROOT, "%.2f", warmS));
            if (epoch) {
                StratifiedSplit.Split split = StratifiedSplit.split(cold.train(), 0.2, 42);
                Trainer trainer = new Trainer(TrainingOptions.of(1, 64, 1e-3, 42))
                        .classWeights(ClassWeights.balanced(RunExecutor.countPerClass(split.train())));
                trainer.augmentation(new Augmenter(AugmentationOptions.pisa())::augment);
                var trained = trainer.train(m, new TrainingData(split.train(), split.validation()));
                trained.network().close();
                TrainingOutcome o = trained.outcome();
                EpochMetrics e = o.history().get(0);
                double trainS = e.seconds();
                out.printf(Locale.ROOT, "FER2013 epoch: %d training images in %.1f s (incl. validation of %d), "
                        + "%.1f img/s overall; val_accuracy %.4f%n", split.train().size(), trainS,
                        split.validation().size(), split.train().size() / trainS, e.valAccuracy());
                summary.put("fer_epoch_s", String.format(Locale.ROOT, "%.1f", trainS));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void report(PrintWriter out, ThroughputBenchmark.Result r) {
        out.printf(Locale.ROOT, "%-5s batch %4d: median %8.1f img/s  (repeats: %s)%n", r.what(), r.batchSize(),
                r.median(), Arrays.stream(r.imagesPerSecond()).mapToObj(BenchCommand::fmt).collect(Collectors.joining(", ")));
        out.flush();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
