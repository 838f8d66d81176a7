package org.emotionworkbench.run;

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
import org.emotionworkbench.model.LoadedModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * A run's model loaded once and kept for heatmaps, so a face is explained in milliseconds instead of reloading
 * {@code model.zip} each time: the one way the Explain screen and the heatmap commands ({@code gradcam},
 * {@code misclassified}, {@code gradcam-compare}) explain faces, for trained and imported runs alike
 * ({@link RunModels#load}). Plain values in and out (48×48 pixels, {@link ExplainRequest}, heatmaps of the 48×48
 * face), no DL4J types. Calls are serialised (a DL4J network is not thread-safe); {@link #close()} frees the
 * network's native memory, waits for a call in progress, and makes later calls fail with a clear message.
 */
public final class RunExplainer implements AutoCloseable {
    /**
     * Faces per forward/backward pass when explaining many, for the workbench's own networks: Grad-CAM of the Pisa CNN
     * ran at 523–547 faces/s in batches of 64 against 400–456 in 32s and 452–513 in 128s (docs/BENCHMARKS.md,
     * "Grad-CAM"). Graphs get at most 32 ({@link LoadedModel#inferenceBatch}).
     */
    private static final int BATCH = 64;

    private final Path runDir;
    private final LoadedModel model;
    private final CamNetwork last;
    private final Map<String, CamNetwork> cams = new HashMap<>();
    private boolean closed;

    private RunExplainer(Path runDir, LoadedModel model) {
        this.runDir = runDir;
        this.model = model;
        try {
            this.last = CamNetwork.of(model, null);
        } catch (RuntimeException e) {
            model.close();
            throw new IllegalArgumentException("the model of " + runDir + " cannot be explained: " + e.getMessage(), e);
        }
        cams.put(last.layerName(), last);
    }

    /** Loads the model of a finished run (model.zip and config.json present), trained here or imported. */
    public static RunExplainer open(Path runDir) {
        RunFolder run = RunFolder.existing(runDir);
        return new RunExplainer(runDir, RunModels.load(run));
    }

    public Path runDir() {
        return runDir;
    }

    /** The layers that can be explained, input side first. */
    public List<String> convolutionLayers() {
        return last.layers();
    }

    /** The layer explained when none is named: the last convolution layer. */
    public String lastConvolutionLayer() {
        return last.layerName();
    }

    /**
     * The layer a request for {@code requested} explains (the last convolution layer for null or blank).
     *
     * @throws IllegalArgumentException naming the layers there are, when there is no such layer
     */
    public synchronized String layerName(String requested) {
        return cam(requested).layerName();
    }

    /** Class probabilities of one face, canonical order (0 for an emotion the model has no output for). */
    public synchronized float[] probabilities(float[] pixels) {
        return cam(null).probabilities(new float[][]{pixels})[0];
    }

    /** One face's heatmap (and trust figures when the request asks for them). */
    public FaceExplanation explain(float[] pixels, Emotion trueLabel, ExplainRequest request) {
        return explain(new float[][]{pixels}, Arrays.asList(trueLabel), request, 0).get(0);
    }

    /**
     * A batch of faces' heatmaps, one forward and backward pass for all; {@code trueLabels} (null, or one per face,
     * null where unknown) are needed only when the request explains the true class. Trust figures, when asked for,
     * use random masks seeded by {@code trustSeed}.
     */
    public synchronized List<FaceExplanation> explain(float[][] pixels, List<Emotion> trueLabels, ExplainRequest request,
                                                      long trustSeed) {
        Objects.requireNonNull(request, "request");
        if (trueLabels != null && trueLabels.size() != pixels.length) {
            throw new IllegalArgumentException("need one true class (or null) per face");
        }
        if (request.target().kind() == ClassTarget.Kind.TRUE) {
            for (int i = 0; i < pixels.length; i++) {
                if (trueLabels == null || trueLabels.get(i) == null) {
                    request.target().resolve(null, null); // throws the explanation why
                }
            }
        }
        CamNetwork cam = cam(request.layer());
        List<Explanation> ex = request.heatmapMethod().explain(cam, pixels,
                CamNetwork.ClassChoice.of(request.target(), trueLabels));
        List<TrustScore> trust = request.trust() ? TrustScore.measure(cam, pixels, ex, trustSeed) : null;
        List<FaceExplanation> out = new ArrayList<>(ex.size());
        for (int i = 0; i < ex.size(); i++) {
            out.add(new FaceExplanation(ex.get(i), cam.layerName(), request.method(), trust == null ? null : trust.get(i)));
        }
        return out;
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

    /** How many faces one pass explains when explaining many: {@value #BATCH}, at most 32 for a graph. */
    public int batchSize() {
        return model.inferenceBatch(BATCH);
    }

    /**
     * Explains every face (in batches of {@link #batchSize()}, no trust figures) and averages the heatmaps per explained
     * class, each drawn over the mean of its faces. A cancel between batches ends it with a {@link CancellationException}.
     */
    public MeanHeatmapsResult meanHeatmaps(List<Face> faces, SourcePixels loader, ExplainRequest request, Monitor monitor) {
        MeanHeatmapAccumulator acc = new MeanHeatmapAccumulator();
        List<String> problems = new ArrayList<>();
        int skipped = 0;
        int explained = 0;
        String layer = null;
        boolean needsTruth = request.target().kind() == ClassTarget.Kind.TRUE;
        int batchSize = batchSize();
        for (int from = 0; from < faces.size(); from += batchSize) {
            if (monitor.cancelled()) {
                throw new CancellationException("mean heatmaps stopped after " + from + " of " + faces.size() + " faces");
            }
            List<float[]> pixels = new ArrayList<>();
            List<Emotion> truth = new ArrayList<>();
            for (Face f : faces.subList(from, Math.min(faces.size(), from + batchSize))) {
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
                    ex = request.heatmapMethod().explain(cam, batch, CamNetwork.ClassChoice.of(request.target(), truth));
                }
                for (int i = 0; i < ex.size(); i++) {
                    acc.add(ex.get(i).target(), ex.get(i).heatmap(), batch[i]);
                }
                explained += ex.size();
            }
            monitor.progress(Math.min(faces.size(), from + batchSize), faces.size());
        }
        return new MeanHeatmapsResult(acc.means(), layer == null ? layerName(request.layer()) : layer,
                request.method(), explained, skipped, problems);
    }

    private static void note(List<String> problems, String p) {
        if (problems.size() < 10) {
            problems.add(p);
        }
    }

    private CamNetwork cam(String layer) {
        if (closed) {
            throw new IllegalStateException("the model of " + runDir + " was closed");
        }
        String key = layer == null || layer.isBlank() ? last.layerName() : layer.trim();
        CamNetwork cam = cams.get(key);
        if (cam == null) {
            cam = last.withLayer(key);
            cams.put(key, cam);
        }
        return cam;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            cams.clear();
            model.close();
        }
    }
}
