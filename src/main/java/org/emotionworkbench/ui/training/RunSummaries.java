package org.emotionworkbench.ui.training;

import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.model.ModelAnalysis;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.training.TrainingOutcome;
import org.emotionworkbench.ui.DataPreparation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The read-only texts of the Training screen: what data and model a run will use, and how a run ended. */
final class RunSummaries {
    private RunSummaries() {
    }

    static String dataset(String spec, LoadedDataset loaded) {
        if (spec == null || spec.isBlank()) {
            return "No dataset open: open one on the Datasets screen.";
        }
        String text = shortName(spec) + "  (" + spec + ")";
        if (loaded != null) {
            text += String.format(Locale.ROOT, "\n%d training and %d test images", loaded.report().total(DataSplit.TRAIN),
                    loaded.report().total(DataSplit.TEST));
        }
        return text;
    }

    static String preparation(DataPreparation p) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Validation split: %.0f %% of the training images (stratified)",
                p.validationFraction() * 100));
        lines.add("Consolidate train + test: " + (p.consolidate() ? "yes" : "no"));
        lines.add("Class imbalance: " + switch (p.balancing()) {
            case NONE -> "not handled";
            case CLASS_WEIGHTS -> "class weights in the loss";
            case AUGMENT_MINORITY -> "augmented copies of minority classes";
        });
        lines.add("Augmentation: " + augmentation(p.augmentation()));
        lines.add("Leave out training images equal to a test image: " + (p.excludeTestDuplicates() ? "yes" : "no"));
        lines.add("Evaluated on: " + (p.testSpec() != null ? p.testSpec()
                : p.consolidate() ? "the validation split" : "the dataset's own test split"));
        return String.join("\n", lines);
    }

    static String augmentation(AugmentationOptions a) {
        if (a == null || a.isIdentity()) {
            return "off";
        }
        String flips = (a.horizontalFlip() ? ", horizontal flips" : "") + (a.verticalFlip() ? ", vertical flips" : "");
        return String.format(Locale.ROOT, "rotation ±%.0f°, zoom %.2f, shift %.2f × %.2f, shear %.0f°%s",
                a.rotationRange(), a.zoomRange(), a.widthShiftRange(), a.heightShiftRange(), a.shearRange(), flips);
    }

    static String model(ModelSpec spec) {
        if (spec == null) {
            return "No model: choose one on the Model screen.";
        }
        try {
            ModelAnalysis a = spec.analyse();
            return String.format(Locale.ROOT, "%s: %d layers, %,d parameters (%,d trainable)", spec.name(),
                    spec.layers().size(), a.totalParams(), a.trainableParams());
        } catch (RuntimeException e) {
            return spec.name() + ": invalid (" + e.getMessage() + ")";
        }
    }

    /** A dataset spec's short name: the folder or file name without extension. */
    static String shortName(String spec) {
        Path name = Path.of(spec).getFileName();
        String n = name == null ? spec : name.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** How a run ended, for students: why it stopped, its best epoch, and the test figures when it was evaluated. */
    static String outcome(TrainingOutcome o, ClassificationReport report, String evaluatedOn) {
        StringBuilder sb = new StringBuilder();
        sb.append(switch (o.stopReason()) {
            case COMPLETED -> "Completed";
            case EARLY_STOPPED -> "Stopped early";
            case CANCELLED -> "Stopped on request";
            case DIVERGED -> "Diverged";
        }).append(": ").append(o.message()).append(" (").append(Durations.format(o.seconds())).append(")");
        EpochMetrics best = o.best();
        if (best == null) {
            sb.append("\nNo epoch finished, so there is no model and no evaluation.");
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "\nBest epoch %d: val_loss %.4f, val_accuracy %.4f",
                best.epoch(), best.valLoss(), best.valAccuracy()));
        if (report != null) {
            sb.append(String.format(Locale.ROOT, "\nTest accuracy %.3f, macro F1 %.3f on %d images",
                    report.accuracy(), report.macroF1(), report.totalSupport()));
            if (evaluatedOn != null) {
                sb.append(" (").append(evaluatedOn).append(")");
            }
        }
        return sb.toString();
    }
}
