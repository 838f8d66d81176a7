package org.emotionworkbench.run;

import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.training.TrainingOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made run folders for tests (no training): config.json, outcome.json, and per evaluation report.json and
 * predictions.csv from a truth/correct pattern. Image i has class i mod 7 and file {@code <root>/test/<class>/<i>.png}.
 */
public final class RunFolderFixture {
    private final Path dir;
    private long seed = 1;
    private String trainRoot = "/data/faces";
    private boolean augment;
    private double learningRate = 0.001;
    private int epochs = 3;
    private String created = "2026-01-01T10:00:00Z";
    private String label;
    private String importedFrom;
    private final Map<String, boolean[]> evaluations = new LinkedHashMap<>();
    private final Map<String, String> evaluationRoots = new LinkedHashMap<>();

    private RunFolderFixture(Path dir) {
        this.dir = dir;
    }

    public static RunFolderFixture at(Path dir) {
        return new RunFolderFixture(dir);
    }

    public RunFolderFixture seed(long s) {
        seed = s;
        return this;
    }

    public RunFolderFixture trainRoot(String root) {
        trainRoot = root;
        return this;
    }

    public RunFolderFixture augment(boolean a) {
        augment = a;
        return this;
    }

    public RunFolderFixture learningRate(double lr) {
        learningRate = lr;
        return this;
    }

    public RunFolderFixture epochs(int e) {
        epochs = e;
        return this;
    }

    /** A label the user gave the run (label.json); unnamed runs are shown as "faces · tiny · s1". */
    public RunFolderFixture label(String l) {
        label = l;
        return this;
    }

    /** A run made by importing a Keras file of this name (config.json has no model, training or data). */
    public RunFolderFixture imported(String sourceFile) {
        importedFrom = sourceFile;
        return this;
    }

    public RunFolderFixture created(String instant) {
        created = instant;
        return this;
    }

    /** Its own test set: images under the training root; {@code correct[i]}: whether image i is classified right. */
    public RunFolderFixture ownTest(boolean... correct) {
        evaluations.put(RunHeadline.OWN_TEST, correct);
        evaluationRoots.put(RunHeadline.OWN_TEST, null);
        return this;
    }

    /** An {@code evaluations/<name>} folder on images under {@code root}. */
    public RunFolderFixture evaluation(String name, String root, boolean... correct) {
        evaluations.put(name, correct);
        evaluationRoots.put(name, root);
        return this;
    }

    /** {@code n} results, the first {@code right} correct. */
    public static boolean[] rightFirst(int n, int right) {
        boolean[] c = new boolean[n];
        for (int i = 0; i < right; i++) {
            c[i] = true;
        }
        return c;
    }

    public RunConfig config() {
        if (importedFrom != null) {
            return RunConfig.imported(new ImportedModel(ImportedModel.KERAS, importedFrom, "ab".repeat(32), 1000L,
                    "2.0.5", "tensorflow", "Model", true, new org.emotionworkbench.model.InputSpec(64, 64, 1, true,
                    org.emotionworkbench.model.PixelScaling.SYMMETRIC), org.emotionworkbench.model.ClassOrder.FER2013,
                    58_423L, 8, created));
        }
        Map<String, Integer> perClass = new LinkedHashMap<>();
        Emotion.labels().forEach(l -> perClass.put(l, 10));
        Map<String, DataSummary> used = new LinkedHashMap<>();
        used.put("train", new DataSummary(70, perClass, "sha256:train" + seed));
        used.put("evaluation", new DataSummary(70, perClass, "sha256:test"));
        return new RunConfig(Presets.get("tiny"), TrainingOptions.of(epochs, 32, learningRate, seed),
                new DataOptions(trainRoot, null, 0.2, false, augment ? AugmentationOptions.pisa() : null, Balancing.NONE),
                used, "test:" + trainRoot, new Provenance("dev", "1.0.0-M2.1", "17", "test", "Linux", "amd64", 2,
                "cpu", created));
    }

    public Path write() throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(RunFolder.CONFIG), config().toJson());
        if (importedFrom == null) { // an imported model has no training outcome
            Files.writeString(dir.resolve(RunFolder.OUTCOME), "{\"stopReason\":\"completed\",\"message\":\"done\",\"epochs\":"
                + epochs + ",\"bestEpoch\":" + epochs + ",\"best\":null,\"seconds\":1.0}");
        }
        for (Map.Entry<String, boolean[]> e : evaluations.entrySet()) {
            String root = evaluationRoots.get(e.getKey());
            Path out = RunHeadline.OWN_TEST.equals(e.getKey()) ? dir : dir.resolve("evaluations").resolve(e.getKey());
            writeEvaluation(out, root == null ? trainRoot : root, e.getValue());
        }
        if (label != null) {
            new RunLabel(label, "").write(dir);
        }
        return dir;
    }

    /** report.json and predictions.csv for the pattern. */
    public static void writeEvaluation(Path out, String root, boolean[] correct) throws IOException {
        Files.createDirectories(out);
        int n = correct.length;
        int[] truth = new int[n];
        int[] pred = new int[n];
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            truth[i] = i % Emotion.COUNT;
            pred[i] = correct[i] ? truth[i] : (truth[i] + 1) % Emotion.COUNT;
            float[] p = new float[Emotion.COUNT];
            java.util.Arrays.fill(p, 0.05f);
            p[pred[i]] = 0.7f;
            Emotion t = Emotion.values()[truth[i]];
            predictions.add(Prediction.of(root + "/test/" + t.label() + "/" + i + ".png", t,
                    Emotion.values()[pred[i]], p));
        }
        Files.writeString(out.resolve(RunFolder.REPORT_JSON), ClassificationReport.ofPresentClasses(truth, pred).toJson());
        Files.writeString(out.resolve(RunFolder.PREDICTIONS), PredictionsCsv.toCsv(predictions));
    }
}
