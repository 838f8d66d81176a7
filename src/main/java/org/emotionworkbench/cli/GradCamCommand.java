package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DecodeException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.ImagePreprocessor;
import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.ExplainRequest;
import org.emotionworkbench.explain.Explanation;
import org.emotionworkbench.explain.FaceExplanation;
import org.emotionworkbench.explain.Heatmap;
import org.emotionworkbench.explain.MeanHeatmaps;
import org.emotionworkbench.explain.render.HeatmapRenderer;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.io.OutputPaths;
import org.emotionworkbench.run.RunExplainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "gradcam", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Heatmaps of where a run's model looks (Grad-CAM, Grad-CAM++ or Score-CAM). Writes per image",
                "<name>.png (overlay) and <name>.csv (48 rows × 48 values in [0,1], row = y), index.csv with",
                "image,class,true,predicted,probability,trust, and means/ with the mean heatmap per explained class",
                "and per (true, predicted) cell when true classes are known (class-folder layout)."})
final class GradCamCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "<runDir>",
            description = "A finished run folder, trained here or imported ('import --keras').")
    Path runDir;

    @Option(names = "--images", required = true, paramLabel = "<file|dir>",
            description = "An image, a folder of images, or a class-folder layout (<dir>/<class>/*.png).")
    Path images;

    @Option(names = "--class", defaultValue = "predicted", paramLabel = "predicted|true|<name>",
            description = "Class to explain. Default: ${DEFAULT-VALUE}.")
    String targetClass;

    @Mixin
    HeatmapOptions heatmap;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        HeatmapRenderer renderer = heatmap.renderer();
        ExplainInputs.fixedClass(targetClass); // a one-line error for a class that is none
        ExplainRequest request = new ExplainRequest(ClassTarget.parse(targetClass), heatmap.layer,
                heatmap.method().name(), true);
        boolean useTrue = request.target().kind() == ClassTarget.Kind.TRUE;
        List<ExplainInputs.Input> inputs = ExplainInputs.list(images);
        if (useTrue) {
            for (ExplainInputs.Input in : inputs) {
                if (in.trueLabel() == null) {
                    throw new UserError("--class true needs true classes: put the images in class folders "
                            + "(<dir>/<class>/...); " + in.file() + " has none");
                }
            }
        }
        try (RunExplainer explainer = RunExplainer.open(runDir)) {
            String layer = explainer.layerName(request.layer());
            Files.createDirectories(out);
            o.printf(Locale.ROOT, "%s of layer %s for %d images -> %s%n", request.method(), layer, inputs.size(), out);
            StringBuilder index = new StringBuilder("image,class,true,predicted,probability,trust\n");
            List<MeanHeatmaps.Labelled> all = new ArrayList<>();
            List<float[]> faces = new ArrayList<>();
            int batchSize = explainer.batchSize();
            for (int from = 0; from < inputs.size(); from += batchSize) {
                List<ExplainInputs.Input> batch = inputs.subList(from, Math.min(inputs.size(), from + batchSize));
                float[][] pixels = new float[batch.size()][];
                List<Emotion> truth = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    pixels[i] = load(batch.get(i).file());
                    truth.add(batch.get(i).trueLabel());
                }
                List<FaceExplanation> ex = explainer.explain(pixels, truth, request, from);
                for (int i = 0; i < batch.size(); i++) {
                    ExplainInputs.Input in = batch.get(i);
                    Explanation e = ex.get(i).explanation();
                    String origin = "the image " + in.file();
                    HeatmapRenderer.writePng(renderer.overlay(pixels[i], e.heatmap()),
                            OutputPaths.child(out, origin, in.name() + ".png"));
                    AtomicFiles.writeString(OutputPaths.child(out, origin, in.name() + ".csv"), e.heatmap().toCsv());
                    index.append(ExplainInputs.csvField(in.name())).append(',')
                            .append(e.target().label()).append(',')
                            .append(in.trueLabel() == null ? "" : in.trueLabel().label()).append(',')
                            .append(e.predicted().label()).append(',')
                            .append(String.format(Locale.ROOT, "%.6f,%.6f%n", e.targetProbability(),
                                    ex.get(i).trust().score()));
                    all.add(new MeanHeatmaps.Labelled(in.trueLabel(), e.predicted(), e.target(), e.heatmap()));
                    faces.add(pixels[i]);
                }
                o.printf(Locale.ROOT, "  %d/%d%n", Math.min(inputs.size(), from + batchSize), inputs.size());
            }
            AtomicFiles.writeString(out.resolve("index.csv"), index.toString());
            writeMeans(out.resolve("means"), all, faces, renderer);
            o.println("heatmaps written to " + out);
        }
        o.flush();
        return 0;
    }

    private static float[] load(Path file) {
        try {
            return ImagePreprocessor.load(file);
        } catch (DecodeException e) {
            throw new UserError("cannot read image " + file + ": " + e.getMessage(), e);
        }
    }

    /** means/class_<c>.{png,csv} per explained class; means/cell_<true>_as_<predicted>.{png,csv} per labelled cell. */
    static void writeMeans(Path dir, List<MeanHeatmaps.Labelled> all, List<float[]> faces, HeatmapRenderer renderer)
            throws java.io.IOException {
        Files.createDirectories(dir);
        for (Map.Entry<Emotion, Heatmap> e : MeanHeatmaps.perClass(all).entrySet()) {
            List<float[]> f = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).target() == e.getKey()) {
                    f.add(faces.get(i));
                }
            }
            write(dir, "class_" + e.getKey().label(), e.getValue(), meanFace(f), renderer);
        }
        for (Emotion t : Emotion.values()) {
            for (Emotion p : Emotion.values()) {
                Optional<Heatmap> cell = MeanHeatmaps.confusionCell(all, t, p);
                if (cell.isPresent()) {
                    List<float[]> f = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        if (all.get(i).trueLabel() == t && all.get(i).predicted() == p) {
                            f.add(faces.get(i));
                        }
                    }
                    write(dir, "cell_" + t.label() + "_as_" + p.label(), cell.get(), meanFace(f), renderer);
                }
            }
        }
    }

    private static void write(Path dir, String name, Heatmap h, float[] face, HeatmapRenderer renderer) throws java.io.IOException {
        AtomicFiles.writeString(dir.resolve(name + ".csv"), h.toCsv());
        HeatmapRenderer.writePng(renderer.overlay(face, h), dir.resolve(name + ".png"));
    }

    static float[] meanFace(List<float[]> faces) {
        float[] m = new float[ImageGeometry.PIXELS];
        for (float[] f : faces) {
            for (int i = 0; i < m.length; i++) {
                m[i] += f[i] / faces.size();
            }
        }
        return m;
    }
}
