package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DecodeException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImagePreprocessor;
import org.emotionworkbench.evaluation.ConfusionCells;
import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.ExplainRequest;
import org.emotionworkbench.explain.FaceExplanation;
import org.emotionworkbench.explain.render.ContactSheet;
import org.emotionworkbench.explain.render.HeatmapRenderer;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.run.RunExplainer;
import org.emotionworkbench.run.RunFolder;
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
import java.util.concurrent.Callable;

@Command(name = "misclassified", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A contact sheet of one confusion cell of a run's predictions.csv (e.g. true sad predicted as",
                "neutral), most confident first: each face, its probabilities and its heatmaps for the predicted and",
                "the true class. Writes <true>_as_<predicted>.png and .html. With neither --true nor --predicted, lists",
                "the cell counts."})
final class MisclassifiedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "<runDir>", description = "A run folder with predictions.csv.")
    Path runDir;

    @Option(names = "--predictions", paramLabel = "<csv>",
            description = "Predictions to use instead of <runDir>/predictions.csv (e.g. from 'evaluate').")
    Path predictionsFile;

    @Option(names = "--true", paramLabel = "<class>", description = "True class of the cell.")
    String trueClass;

    @Option(names = "--predicted", paramLabel = "<class>", description = "Predicted class of the cell.")
    String predictedClass;

    @Option(names = "--top", defaultValue = "20", description = "At most this many faces. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--data", paramLabel = "<dir>",
            description = "Folder that relative image paths in predictions.csv are resolved against. Default: the current folder.")
    Path data;

    @Mixin
    HeatmapOptions heatmap;

    @Option(names = "--out", paramLabel = "<dir>", description = "Output folder (required for a contact sheet).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        RunFolder run = new RunFolder(runDir);
        Path csv = predictionsFile != null ? predictionsFile : run.file(RunFolder.PREDICTIONS);
        if (!Files.isRegularFile(csv)) {
            throw new UserError("no predictions at " + csv + "; train or evaluate first, or pass --predictions");
        }
        ConfusionCells cells = ConfusionCells.of(PredictionsCsv.read(csv));
        if (trueClass == null && predictedClass == null) {
            o.println("true\\predicted," + String.join(",", Emotion.labels()));
            for (Emotion t : Emotion.values()) {
                StringBuilder sb = new StringBuilder(t.label());
                for (Emotion p : Emotion.values()) {
                    sb.append(',').append(cells.count(t, p));
                }
                o.println(sb);
            }
            return 0;
        }
        if (trueClass == null || predictedClass == null || out == null) {
            throw new UserError("a contact sheet needs --true, --predicted and --out");
        }
        if (top < 1) {
            throw new UserError("--top must be at least 1, got " + top);
        }
        Emotion t = emotion(trueClass, "--true");
        Emotion p = emotion(predictedClass, "--predicted");
        List<Prediction> cell = cells.cell(t, p);
        List<Prediction> chosen = cell.subList(0, Math.min(top, cell.size()));
        o.printf(Locale.ROOT, "%d images are %s predicted as %s; showing %d%n", cell.size(), t, p, chosen.size());
        List<ContactSheet.Entry> entries = new ArrayList<>();
        if (!chosen.isEmpty()) {
            try (RunExplainer explainer = RunExplainer.open(runDir)) {
                String method = heatmap.method().name();
                float[][] pixels = new float[chosen.size()][];
                for (int i = 0; i < pixels.length; i++) {
                    pixels[i] = load(chosen.get(i).file());
                }
                List<FaceExplanation> forPredicted = explainer.explain(pixels, null,
                        new ExplainRequest(ClassTarget.of(p), heatmap.layer, method, false), 0);
                List<FaceExplanation> forTrue = explainer.explain(pixels, null,
                        new ExplainRequest(ClassTarget.of(t), heatmap.layer, method, false), 0);
                for (int i = 0; i < pixels.length; i++) {
                    Prediction pr = chosen.get(i);
                    entries.add(new ContactSheet.Entry(pr.file(), pixels[i], t, p, pr.probabilities(),
                            forPredicted.get(i).heatmap(), forTrue.get(i).heatmap()));
                }
            }
        }
        HeatmapRenderer renderer = heatmap.renderer();
        String title = t.label() + " predicted as " + p.label() + " (" + heatmap.method().name() + ")";
        String name = t.label() + "_as_" + p.label();
        Files.createDirectories(out);
        HeatmapRenderer.writePng(ContactSheet.png(title, entries, renderer), out.resolve(name + ".png"));
        AtomicFiles.writeString(out.resolve(name + ".html"), ContactSheet.html(title, entries, renderer));
        o.println("contact sheet written to " + out.resolve(name + ".html") + " and .png");
        o.flush();
        return 0;
    }

    private float[] load(String file) {
        Path path = Path.of(file);
        if (!path.isAbsolute() && data != null) {
            path = data.resolve(path);
        }
        try {
            return ImagePreprocessor.load(path);
        } catch (DecodeException e) {
            throw new UserError("cannot read image " + path + " listed in predictions: " + e.getMessage()
                    + (data == null ? " (use --data to say where relative paths start)" : ""), e);
        }
    }

    private static Emotion emotion(String name, String option) {
        return Emotion.fromName(name).orElseThrow(() -> new UserError(option + " must be an emotion ("
                + String.join(", ", Emotion.labels()) + "), got '" + name + "'"));
    }
}
