package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.ConfusionCells;
import org.emotionworkbench.evaluation.ConfusionMatrix;
import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.run.RunFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An evaluation as the engine wrote it into a folder: report.json, confusion.csv and predictions.csv, read with the
 * engine's readers. Without confusion.csv the matrix is counted from the predictions; without predictions.csv
 * there are no galleries ({@code predictions} empty).
 */
public record EvaluationData(Path dir, ClassificationReport report, ConfusionMatrix confusion, List<Prediction> predictions,
                             ConfusionCells cells) {
    public EvaluationData {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(confusion, "confusion");
        predictions = List.copyOf(predictions);
        Objects.requireNonNull(cells, "cells");
    }

    public static EvaluationData of(Path dir, ClassificationReport report, ConfusionMatrix confusion, List<Prediction> predictions) {
        return new EvaluationData(dir, report, confusion, predictions, ConfusionCells.of(predictions));
    }

    /** Reads a folder; a folder without report.json is refused with a message that says what to do. */
    public static EvaluationData read(Path dir) throws IOException {
        RunFolder f = new RunFolder(dir);
        Path report = f.file(RunFolder.REPORT_JSON);
        if (!Files.isRegularFile(report)) {
            if (org.emotionworkbench.run.RunModels.importedOf(f) != null) {
                throw new IllegalArgumentException("Imported model, not evaluated yet: use \"Evaluate on another "
                        + "dataset\" below.");
            }
            throw new IllegalArgumentException("no evaluation in " + dir + " yet (report.json is missing): "
                    + "the run may still be training, or it stopped before its best epoch");
        }
        ClassificationReport r = ClassificationReport.fromJson(Files.readString(report));
        Path preds = f.file(RunFolder.PREDICTIONS);
        List<Prediction> predictions = Files.isRegularFile(preds) ? PredictionsCsv.read(preds) : List.of();
        Path confusion = f.file(RunFolder.CONFUSION);
        ConfusionMatrix cm;
        if (Files.isRegularFile(confusion)) {
            cm = ConfusionMatrix.fromCsv(Files.readString(confusion));
        } else if (!predictions.isEmpty()) {
            List<Prediction> labelled = predictions.stream().filter(Prediction::hasTrueLabel).toList();
            cm = ConfusionMatrix.ofLabels(labelled.stream().map(p -> p.trueLabel().label()).toList(),
                    labelled.stream().map(p -> p.predicted().label()).toList(),
                    org.emotionworkbench.dataset.Emotion.labels());
        } else {
            throw new IllegalArgumentException("no confusion.csv and no predictions.csv in " + dir);
        }
        return of(dir, r, cm, predictions);
    }
}
