package org.emotionworkbench.run;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.evaluation.ClassSubset;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.ConfusionMatrix;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.platform.Dl4jRuntime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a network on samples, over all seven classes or a {@link ClassSubset}, and writes report.json,
 * report.txt, confusion.csv and predictions.csv.
 */
public final class RunEvaluation {
    private RunEvaluation() {
    }

    /**
     * The report figures, for callers that show them (the files hold the same): the classes scored and how many test
     * images were left out because their class was not among them.
     */
    public record Result(ClassificationReport report, ConfusionMatrix confusion, List<Prediction> predictions,
                         ClassSubset classes, int imagesLeftOut) {
    }

    /** Every image, predicted over all seven classes. */
    public static Result evaluate(MultiLayerNetwork net, List<Sample> samples) {
        return evaluate(LoadedModel.of(net), samples, ClassSubset.all());
    }

    /** The images whose class is in {@code classes}, each predicted as the most probable of those classes. */
    public static Result evaluate(MultiLayerNetwork net, List<Sample> samples, ClassSubset classes) {
        return evaluate(LoadedModel.of(net), samples, classes);
    }

    /**
     * The images whose class is in {@code classes}, each predicted as the most probable of those classes, by any
     * loaded model (its outputs mapped to the canonical order: an emotion it has no output for gets probability 0).
     */
    public static Result evaluate(LoadedModel model, List<Sample> samples, ClassSubset classes) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate: the evaluation set is empty");
        }
        List<Sample> scored = samples.stream().filter(s -> classes.contains(s.label())).toList();
        return score(scored, model.probabilities(scored, Inference.DEFAULT_BATCH), classes,
                samples.size() - scored.size());
    }

    /**
     * The report of given model probabilities (one row per sample, canonical class order) over {@code classes}:
     * samples of other classes are left out, predictions are the most probable scored class, probabilities are
     * renormalised over the scored classes ({@link ClassSubset#restrict}). With all seven classes the report lists
     * the classes present (sklearn's default labels); with a subset it lists exactly the subset.
     */
    public static Result score(List<Sample> samples, float[][] probabilities, ClassSubset classes) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (classes.contains(samples.get(i).label())) {
                kept.add(i);
            }
        }
        return score(kept.stream().map(samples::get).toList(),
                kept.stream().map(i -> probabilities[i]).toArray(float[][]::new), classes, samples.size() - kept.size());
    }

    private static Result score(List<Sample> scored, float[][] probabilities, ClassSubset classes, int leftOut) {
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate: no test image is of "
                    + (classes.mode() == EvaluationClasses.ALL ? "a known class" : "the shared classes " + classes.classes()));
        }
        int[] truth = new int[scored.size()];
        int[] predicted = new int[scored.size()];
        List<Prediction> predictions = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Sample s = scored.get(i);
            float[] p = classes.restrict(probabilities[i]);
            Emotion best = classes.argmax(p);
            truth[i] = s.label().ordinal();
            predicted[i] = best.ordinal();
            predictions.add(Prediction.of(s.source(), s.label(), best, p));
        }
        ClassificationReport report = classes.mode() == EvaluationClasses.ALL
                ? ClassificationReport.ofPresentClasses(truth, predicted)
                : ClassificationReport.over(truth, predicted, classes.classes());
        return new Result(report, ConfusionMatrix.of(truth, predicted), predictions, classes, leftOut);
    }

    public static Result evaluateAndWrite(MultiLayerNetwork net, List<Sample> samples, RunFolder out) throws IOException {
        return evaluateAndWrite(net, samples, ClassSubset.all(), out);
    }

    /** Evaluates and writes the files; a class subset is recorded in report.json and as a last line of report.txt. */
    public static Result evaluateAndWrite(MultiLayerNetwork net, List<Sample> samples, ClassSubset classes,
                                          RunFolder out) throws IOException {
        return evaluateAndWrite(LoadedModel.of(net), samples, classes, out);
    }

    public static Result evaluateAndWrite(LoadedModel model, List<Sample> samples, ClassSubset classes,
                                          RunFolder out) throws IOException {
        Result r = evaluate(model, samples, classes);
        write(r, out);
        return r;
    }

    static void write(Result r, RunFolder out) throws IOException {
        String note = r.classes().note(r.imagesLeftOut());
        out.writeString(RunFolder.REPORT_JSON, r.classes().annotate(r.report(), r.imagesLeftOut()));
        out.writeString(RunFolder.REPORT_TXT, r.report().toText() + (note.isEmpty() ? "" : "\n" + note + "\n"));
        out.writeString(RunFolder.CONFUSION, r.confusion().toCsv());
        out.writeString(RunFolder.PREDICTIONS, PredictionsCsv.toCsv(r.predictions()));
    }

    /** Loads a run's model.zip; an unreadable file is a clear error. */
    public static MultiLayerNetwork loadModel(RunFolder run) {
        Dl4jRuntime.configure();
        try {
            return org.emotionworkbench.model.ModelZip.readNetwork(run.file(RunFolder.MODEL), false);
        } catch (org.emotionworkbench.model.ModelZip.InvalidModelFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read the model " + run.file(RunFolder.MODEL)
                    + " (not a DL4J model zip, or damaged): " + e.getMessage(), e);
        }
    }
}
