package org.emotionworkbench.run;

import org.emotionworkbench.model.NetworkRelease;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.DecodeException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.SourcePixels;
import org.emotionworkbench.explain.CamNetwork;
import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.ExplainRequest;
import org.emotionworkbench.explain.Explanation;
import org.emotionworkbench.explain.FaceExplanation;
import org.emotionworkbench.explain.MeanHeatmapAccumulator;
import org.emotionworkbench.explain.TrustScore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * A run's model loaded once and kept for heatmaps, so a face is explained in milliseconds instead of reloading
 * {@code model.zip} each time. Plain values in and out (pixels, {@link ExplainRequest}, heatmaps), no DL4J types.
 * Calls are serialised (a DL4J network is not thread-safe); {@link #close()} frees the network's native memory,
 * waits for a call in progress, and makes later calls fail with a clear message.
 */
public final class RunExplainer implements AutoCloseable {
    /** Faces per forward/backward pass when averaging heatmaps. */
    public static final int BATCH = 32;

    private final Path runDir;
    private final MultiLayerNetwork net;
    private final List<String> layers;
    private final Map<String, CamNetwork> cams = new HashMap<>();
    private boolean closed;

    private RunExplainer(Path runDir, MultiLayerNetwork net) {
        this.runDir = runDir;
        this.net = net;
        this.layers = CamNetwork.convolutionLayerNames(net);
        if (layers.isEmpty()) {
            NetworkRelease.release(net);
            throw new IllegalArgumentException("the model of " + runDir + " has no convolution layer to explain");
        }
    }

    /** Loads the model of a finished run (model.zip and config.json present). */
    public static RunExplainer open(Path runDir) {
        RunFolder run = RunFolder.existing(runDir);
        return new RunExplainer(runDir, RunEvaluation.loadModel(run));
    }

    public Path runDir() {
        return runDir;
    }

    /** The convolution layers that can be explained, input side first. */
    public List<String> convolutionLayers() {
        return layers;
    }

    public String lastConvolutionLayer() {
        return layers.get(layers.size() - 1);
    }

    /** Class probabilities of one face. */
    public synchronized float[] probabilities(float[] pixels) {
        return cam(null).probabilities(new float[][]{pixels})[0];
    }

    /** One face's heatmap (and trust figures when the request asks for them). */
    public synchronized FaceExplanation explain(float[] pixels, Emotion trueLabel, ExplainRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.target().kind() == ClassTarget.Kind.TRUE && trueLabel == null) {
            request.target().resolve(null, null); // throws the explanation why
        }
        CamNetwork cam = cam(request.layer());
        float[][] batch = {pixels};
        List<Explanation> ex = request.heatmapMethod().explain(cam, batch,
                (i, p) -> request.target().resolve(trueLabel, p).ordinal());
        TrustScore trust = request.trust() ? TrustScore.measure(cam, batch, ex, 0).get(0) : null;
        return new FaceExplanation(ex.get(0), cam.layerName(), request.method(), trust);
    }

    /** A face of an evaluation set, by its source name (as in predictions.csv) and its true class (null if unknown). */
    public record Face(String source, Emotion trueLabel) {
        public Face {
            Objects.requireNonNull(source, "source");
        }
    }

    /** Told how far averaging has got, and asked whether to stop. */
    public interface Monitor {
        Monitor NONE = new Monitor() {
        };

        default void progress(int done, int total) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /**
     * Per-class mean heatmaps: {@code explained} faces went in; {@code skipped} could not be used (unreadable image,
     * or no true class when the true class is explained), {@code problems} says why for the first few.
     */
    public record MeanHeatmapsResult(List<MeanHeatmapAccumulator.ClassMean> means, String layer, String method,
                                     int explained, int skipped, List<String> problems) {
        public MeanHeatmapsResult {
            means = List.copyOf(means);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Explains every face (in batches of {@value #BATCH}, no trust figures) and averages the heatmaps per explained
     * class, each drawn over the mean of its faces. A cancel between batches ends it with a {@link CancellationException}.
     */
    public MeanHeatmapsResult meanHeatmaps(List<Face> faces, SourcePixels loader, ExplainRequest request, Monitor monitor) {
        MeanHeatmapAccumulator acc = new MeanHeatmapAccumulator();
        List<String> problems = new ArrayList<>();
        int skipped = 0;
        int explained = 0;
        String layer = null;
        boolean needsTruth = request.target().kind() == ClassTarget.Kind.TRUE;
        for (int from = 0; from < faces.size(); from += BATCH) {
            if (monitor.cancelled()) {
                throw new CancellationException("mean heatmaps stopped after " + from + " of " + faces.size() + " faces");
            }
            List<float[]> pixels = new ArrayList<>();
            List<Emotion> truth = new ArrayList<>();
            for (Face f : faces.subList(from, Math.min(faces.size(), from + BATCH))) {
                if (needsTruth && f.trueLabel() == null) {
                    skipped++;
                    note(problems, f.source() + ": no true class");
                    continue;
                }
                try {
                    pixels.add(loader.load(f.source()));
                    truth.add(f.trueLabel());
                } catch (DecodeException e) {
                    skipped++;
                    note(problems, f.source() + ": " + e.getMessage());
                }
            }
            if (!pixels.isEmpty()) {
                float[][] batch = pixels.toArray(float[][]::new);
                List<Explanation> ex;
                synchronized (this) {
                    CamNetwork cam = cam(request.layer());
                    layer = cam.layerName();
                    ex = request.heatmapMethod().explain(cam, batch,
                            (i, p) -> request.target().resolve(truth.get(i), p).ordinal());
                }
                for (int i = 0; i < ex.size(); i++) {
                    acc.add(ex.get(i).target(), ex.get(i).heatmap(), batch[i]);
                }
                explained += ex.size();
            }
            monitor.progress(Math.min(faces.size(), from + BATCH), faces.size());
        }
        return new MeanHeatmapsResult(acc.means(), layer == null ? layerName(request.layer()) : layer,
                request.method(), explained, skipped, problems);
    }

    private static void note(List<String> problems, String p) {
        if (problems.size() < 10) {
            problems.add(p);
        }
    }

    private synchronized String layerName(String requested) {
        return cam(requested).layerName();
    }

    private CamNetwork cam(String layer) {
        if (closed) {
            throw new IllegalStateException("the model of " + runDir + " was closed");
        }
        String key = layer == null ? lastConvolutionLayer() : layer;
        return cams.computeIfAbsent(key, k -> CamNetwork.of(net, k));
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            cams.clear();
            NetworkRelease.release(net);
        }
    }
}
