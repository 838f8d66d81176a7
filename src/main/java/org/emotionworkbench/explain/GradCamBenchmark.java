package org.emotionworkbench.explain;

import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Times Grad-CAM on an untrained network of a given spec, or on a run's model (weights do not change the cost):
 * milliseconds per single image, images/s in batches, and process memory while computing many heatmaps one by one.
 */
public final class GradCamBenchmark {
    /** Memory at one point of the long run. */
    public record MemorySample(int heatmaps, long rssBytes, long javacppPhysicalBytes, long javacppTrackedBytes, long heapUsedBytes) {
    }

    public record Result(String model, String layer, int singleRuns, double singleMedianMs, double singleMeanMs,
                         List<double[]> batchImagesPerSecond, List<MemorySample> memory) {
    }

    private GradCamBenchmark() {
    }

    public static Result run(ModelSpec spec, int singleRuns, int[] batches, int batchImages, int memoryHeatmaps,
                             Consumer<String> log) {
        MultiLayerNetwork net = NetworkFactory.build(spec, NetworkSettings.defaults(1));
        try (LoadedModel model = LoadedModel.of(net)) {
            return run(model, spec.name(), null, singleRuns, batches, batchImages, memoryHeatmaps, log);
        }
    }

    /**
     * Times Grad-CAM of {@code layer} (null: the last convolution layer) on any loaded model (a run's, trained or
     * imported), on random 48×48 faces resized and scaled to the model's input as real ones are.
     */
    public static Result run(LoadedModel model, String name, String layer, int singleRuns, int[] batches,
                             int batchImages, int memoryHeatmaps, Consumer<String> log) {
        CamNetwork cam = CamNetwork.of(model, layer);
        GradCam gradCam = new GradCam();
        Random rng = new Random(42);
        float[][] pool = new float[64][ImageGeometry.PIXELS];
        for (float[] img : pool) {
            for (int i = 0; i < img.length; i++) {
                img[i] = rng.nextFloat();
            }
        }
        for (int i = 0; i < 30; i++) { // warm-up
            gradCam.explain(cam, new float[][]{pool[i % pool.length]}, CamNetwork.ClassChoice.predicted());
        }
        double[] ms = new double[singleRuns];
        for (int i = 0; i < singleRuns; i++) {
            long t0 = System.nanoTime();
            gradCam.explain(cam, new float[][]{pool[i % pool.length]}, CamNetwork.ClassChoice.predicted());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double mean = Arrays.stream(ms).average().orElse(0);
        Arrays.sort(ms);
        double median = ms[ms.length / 2];
        log.accept(String.format(java.util.Locale.ROOT, "single image: median %.2f ms, mean %.2f ms over %d", median, mean, singleRuns));

        List<double[]> throughput = new ArrayList<>();
        for (int b : batches) {
            float[][] batch = new float[b][];
            for (int i = 0; i < b; i++) {
                batch[i] = pool[i % pool.length];
            }
            gradCam.explain(cam, batch, CamNetwork.ClassChoice.predicted()); // warm-up at this size
            int done = 0;
            long t0 = System.nanoTime();
            while (done < batchImages) {
                gradCam.explain(cam, batch, CamNetwork.ClassChoice.predicted());
                done += b;
            }
            double perSecond = done / ((System.nanoTime() - t0) / 1e9);
            throughput.add(new double[]{b, perSecond});
            log.accept(String.format(java.util.Locale.ROOT, "batch %d: %.1f images/s", b, perSecond));
        }

        List<MemorySample> memory = new ArrayList<>();
        memory.add(sample(0));
        log.accept(describe(memory.get(0)));
        int step = Math.max(1, memoryHeatmaps / 5);
        for (int i = 1; i <= memoryHeatmaps; i++) {
            gradCam.explain(cam, new float[][]{pool[i % pool.length]}, CamNetwork.ClassChoice.predicted());
            if (i % step == 0 || i == memoryHeatmaps) {
                MemorySample s = sample(i);
                memory.add(s);
                log.accept(describe(s));
            }
        }
        return new Result(name, cam.layerName(), singleRuns, median, mean, throughput, memory);
    }

    private static String describe(MemorySample s) {
        return String.format(java.util.Locale.ROOT, "%d heatmaps: RSS %.1f MB, JavaCPP physical %.1f MB,"
                        + " JavaCPP tracked %.1f MB, heap used %.1f MB", s.heatmaps(), s.rssBytes() / 1e6,
                s.javacppPhysicalBytes() / 1e6, s.javacppTrackedBytes() / 1e6, s.heapUsedBytes() / 1e6);
    }

    static MemorySample sample(int heatmaps) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new MemorySample(heatmaps, rss(), Pointer.physicalBytes(), Pointer.totalBytes(), rt.totalMemory() - rt.freeMemory());
    }

    /** Resident set size from /proc/self/status (0 where there is none). */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
