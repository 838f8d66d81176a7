package org.emotionworkbench.study;

import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished evaluation as the statistics need it: the predictions of one run folder (or of one of its
 * evaluation folders) and, when present, the run's config.
 */
public record RunResults(Path dir, String name, RunConfig config, List<Prediction> predictions) {

    public static RunResults load(Path dir) throws IOException {
        Path predictions = dir.resolve(RunFolder.PREDICTIONS);
        if (!Files.isRegularFile(predictions)) {
            throw new IllegalArgumentException(dir + " has no " + RunFolder.PREDICTIONS + " (not an evaluated run)");
        }
        List<Prediction> preds = PredictionsCsv.read(predictions);
        if (preds.stream().anyMatch(p -> p.trueLabel() == null)) {
            throw new IllegalArgumentException(predictions + " has images without a true label; cannot score them");
        }
        RunConfig config = null;
        Path abs = dir.toAbsolutePath().normalize();
        Path fileName = abs.getFileName();
        String name = fileName == null ? dir.toString() : fileName.toString();
        if (Files.isRegularFile(abs.resolve(RunFolder.CONFIG))) {
            config = RunConfig.read(abs.resolve(RunFolder.CONFIG));
        } else if (isEvaluationFolder(abs)) {
            // <run>/evaluations/<name>: the run's config two levels up; named run/evaluation, as two runs evaluated
            // on the same set have evaluation folders of the same name
            Path run = abs.getParent().getParent();
            config = RunConfig.read(run.resolve(RunFolder.CONFIG));
            name = run.getFileName() + "/" + name;
        }
        return new RunResults(dir, name, config, preds);
    }

    private static boolean isEvaluationFolder(Path abs) {
        Path parent = abs.getParent();
        return parent != null && parent.getFileName() != null && parent.getParent() != null
                && "evaluations".equals(parent.getFileName().toString())
                && Files.isRegularFile(parent.getParent().resolve(RunFolder.CONFIG));
    }

    /**
     * The set these predictions are on: an evaluation folder's name (a cross-dataset test), else the run's own
     * record ("?" when unknown).
     */
    public String evaluatedOn() {
        Path abs = dir.toAbsolutePath().normalize();
        if (isEvaluationFolder(abs)) {
            return String.valueOf(abs.getFileName());
        }
        return config == null || config.evaluatedOn() == null ? "?" : config.evaluatedOn();
    }

    public int[] truth() {
        return predictions.stream().mapToInt(p -> p.trueLabel().ordinal()).toArray();
    }

    public int[] predicted() {
        return predictions.stream().mapToInt(p -> p.predicted().ordinal()).toArray();
    }

    public float[][] probabilities() {
        return predictions.stream().map(Prediction::probabilities).toArray(float[][]::new);
    }

    public boolean[] correct() {
        boolean[] out = new boolean[predictions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = predictions.get(i).predicted() == predictions.get(i).trueLabel();
        }
        return out;
    }

    /** Whether both were evaluated on the same images in the same order (a precondition for McNemar). */
    public boolean sameImagesAs(RunResults other) {
        if (predictions.size() != other.predictions.size()) {
            return false;
        }
        for (int i = 0; i < predictions.size(); i++) {
            if (!predictions.get(i).file().equals(other.predictions.get(i).file())) {
                return false;
            }
        }
        return true;
    }
}
