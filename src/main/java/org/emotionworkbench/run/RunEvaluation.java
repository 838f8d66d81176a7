package org.emotionworkbench.run;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.ConfusionMatrix;
import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.platform.Dl4jRuntime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Evaluates a network on samples and writes report.json, report.txt, confusion.csv and predictions.csv. */
public final class RunEvaluation {
    private RunEvaluation() {
    }

    /** The report figures, for callers that show them (the files hold the same). */
    public record Result(ClassificationReport report, ConfusionMatrix confusion, List<Prediction> predictions) {
    }

    public static Result evaluate(MultiLayerNetwork net, List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate: the evaluation set is empty");
        }
        float[][] probs = Inference.probabilities(net, samples, Inference.DEFAULT_BATCH);
        int[] truth = new int[samples.size()];
        int[] predicted = new int[samples.size()];
        List<Prediction> predictions = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            truth[i] = s.label().ordinal();
            predicted[i] = Inference.argmax(probs[i]);
            predictions.add(Prediction.of(s.source(), s.label(), Emotion.values()[predicted[i]], probs[i]));
        }
        return new Result(ClassificationReport.ofPresentClasses(truth, predicted), ConfusionMatrix.of(truth, predicted), predictions);
    }

    public static Result evaluateAndWrite(MultiLayerNetwork net, List<Sample> samples, RunFolder out) throws IOException {
        Result r = evaluate(net, samples);
        out.writeString(RunFolder.REPORT_JSON, r.report().toJson());
        out.writeString(RunFolder.REPORT_TXT, r.report().toText());
        out.writeString(RunFolder.CONFUSION, r.confusion().toCsv());
        out.writeString(RunFolder.PREDICTIONS, PredictionsCsv.toCsv(r.predictions()));
        return r;
    }

    /** Loads a run's model.zip; an unreadable file is a clear error. */
    public static MultiLayerNetwork loadModel(RunFolder run) {
        Dl4jRuntime.configure();
        try {
            return ModelSerializer.restoreMultiLayerNetwork(run.file(RunFolder.MODEL).toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the model " + run.file(RunFolder.MODEL)
                    + " (not a DL4J model zip, or damaged): " + e.getMessage(), e);
        }
    }
}
