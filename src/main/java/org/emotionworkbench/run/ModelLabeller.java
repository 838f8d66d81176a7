package org.emotionworkbench.run;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.dataset.labels.LabelOrigin;
import org.emotionworkbench.dataset.labels.LabelRow;
import org.emotionworkbench.model.Inference;
import org.emotionworkbench.model.LoadedModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Model-assisted labelling: a trained network's predicted class, confidence (top probability) and full probability
 * vector for every image; predictions under {@code minConfidence} are marked for review.
 */
public final class ModelLabeller {
    private ModelLabeller() {
    }

    /**
     * Loads the run's model (trained here or imported: {@link RunModels#load}), labels the images and closes the model
     * again (no DL4J type for the caller).
     */
    public static List<LabelRow> label(RunFolder run, LoadedDataset images, Path imagesDir, double minConfidence) {
        checkConfidence(minConfidence);
        try (LoadedModel model = RunModels.load(run)) {
            return label(model, images, imagesDir, minConfidence);
        }
    }

    public static List<LabelRow> label(MultiLayerNetwork net, LoadedDataset images, Path imagesDir, double minConfidence) {
        return label(LoadedModel.of(net), images, imagesDir, minConfidence);
    }

    /** Labels with any loaded model: probabilities in canonical order, the predicted class one the model has. */
    public static List<LabelRow> label(LoadedModel model, LoadedDataset images, Path imagesDir, double minConfidence) {
        checkConfidence(minConfidence);
        List<Sample> all = new ArrayList<>(images.train());
        all.addAll(images.test());
        float[][] probs = model.probabilities(all, Inference.DEFAULT_BATCH);
        Path base = imagesDir.toAbsolutePath().normalize();
        List<LabelRow> rows = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            int best = Inference.argmax(probs[i]);
            double conf = probs[i][best];
            String file = base.relativize(Path.of(all.get(i).source())).toString();
            rows.add(new LabelRow(file, Emotion.values()[best], LabelOrigin.MODEL, conf, conf < minConfidence, probs[i]));
        }
        return rows;
    }

    private static void checkConfidence(double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("--min-confidence must be in [0, 1], got " + minConfidence);
        }
    }
}
