package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DecodeException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImagePreprocessor;
import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.ExplainRequest;
import org.emotionworkbench.explain.Explanation;
import org.emotionworkbench.explain.HeatmapComparison;
import org.emotionworkbench.explain.render.HeatmapRenderer;
import org.emotionworkbench.model.Inference;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "gradcam-compare", mixinStandardHelpOptions = true,
        description = {"Same face, two models: heatmaps of run A and run B side by side with their difference.",
                "Writes <name>.png (face | A | B | A-B, red where A looks more, blue where B does) and index.csv."})
final class GradCamCompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run-a", required = true, paramLabel = "<runDir>", description = "First model (e.g. trained on real faces).")
    Path runA;

    @Option(names = "--run-b", required = true, paramLabel = "<runDir>", description = "Second model (e.g. trained on synthetic faces).")
    Path runB;

    @Option(names = "--images", required = true, paramLabel = "<file|dir>", description = "An image, a folder, or class folders.")
    Path images;

    @Option(names = "--class", defaultValue = "auto", paramLabel = "auto|<class>",
            description = "Class both models explain: auto = the true class when known, else A's prediction. Default: ${DEFAULT-VALUE}.")
    String targetClass;

    @Option(names = "--out", required = true, paramLabel = "<dir>")
    Path out;

    @Mixin
    HeatmapOptions heatmap;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        List<ExplainInputs.Input> inputs = ExplainInputs.list(images);
        Optional<Emotion> fixed = "auto".equalsIgnoreCase(targetClass) ? Optional.empty() : Optional.of(
                Emotion.fromName(targetClass).orElseThrow(() -> new UserError("unknown class '" + targetClass
                        + "'; use auto or one of " + String.join(", ", Emotion.labels()))));
        String method = heatmap.method().name();
        HeatmapRenderer renderer = heatmap.renderer();
        try (RunExplainer a = RunExplainer.open(runA); RunExplainer b = RunExplainer.open(runB)) {
            a.layerName(heatmap.layer); // a layer either model lacks is refused before any image is read
            b.layerName(heatmap.layer);
            Files.createDirectories(out);
            StringBuilder index = new StringBuilder("image,class,true,a_predicted,a_probability,b_predicted,b_probability,mean_abs_difference\n");
            int done = 0;
            for (ExplainInputs.Input in : inputs) {
                float[] px;
                try {
                    px = ImagePreprocessor.load(in.file());
                } catch (DecodeException e) {
                    o.println("skipped " + in.file() + ": " + e.getMessage());
                    continue;
                }
                Emotion target = fixed.orElseGet(() -> in.trueLabel() != null ? in.trueLabel()
                        : Emotion.values()[Inference.argmax(a.probabilities(px))]);
                ExplainRequest request = new ExplainRequest(ClassTarget.of(target), heatmap.layer, method, false);
                Explanation ea = a.explain(px, null, request).explanation();
                Explanation eb = b.explain(px, null, request).explanation();
                HeatmapComparison cmp = HeatmapComparison.of(ea, eb);
                HeatmapRenderer.writePng(HeatmapRenderer.row(renderer.face(px), renderer.overlay(px, ea.heatmap()),
                        renderer.overlay(px, eb.heatmap()), renderer.signed(cmp.difference())),
                        OutputPaths.child(out, "the image " + in.file(), in.name() + ".png"));
                index.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%.6f,%s,%.6f,%.6f%n", ExplainInputs.csvField(in.file().toString()),
                        target.label(), in.trueLabel() == null ? "" : in.trueLabel().label(), ea.predicted().label(),
                        ea.targetProbability(), eb.predicted().label(), eb.targetProbability(), cmp.meanAbsoluteDifference()));
                done++;
            }
            AtomicFiles.writeString(out.resolve("index.csv"), index.toString());
            o.printf("compared %d images; written to %s%n", done, out);
        }
        o.flush();
        return 0;
    }
}
