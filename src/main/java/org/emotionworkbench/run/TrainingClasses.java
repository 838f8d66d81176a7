package org.emotionworkbench.run;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.evaluation.ClassSubset;
import org.emotionworkbench.evaluation.EvaluationClasses;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The classes a run's model was trained on (those with training samples in its config.json), and the class subset an
 * evaluation of that model on a test set scores.
 */
public final class TrainingClasses {
    /** The key of the training part in {@link RunConfig#dataUsed()}. */
    static final String TRAIN_PART = "train";

    private TrainingClasses() {
    }

    /**
     * The emotions with at least one training sample in the run's config.json.
     *
     * @throws IllegalArgumentException when the config records no training counts
     */
    public static List<Emotion> of(RunFolder run) throws IOException {
        RunConfig config = RunConfig.read(run.file(RunFolder.CONFIG));
        if (config.wasImported()) { // a model from elsewhere: the classes it has outputs for
            return config.imported().classes().outputs().stream().sorted().toList();
        }
        DataSummary train = config.dataUsed() == null ? null : config.dataUsed().get(TRAIN_PART);
        if (train == null || train.perClass() == null) {
            throw new IllegalArgumentException(run.file(RunFolder.CONFIG) + " records no training counts per class, "
                    + "so the classes the model was trained on are unknown");
        }
        EnumSet<Emotion> classes = EnumSet.noneOf(Emotion.class);
        for (Map.Entry<String, Integer> e : train.perClass().entrySet()) {
            if (e.getValue() != null && e.getValue() > 0) {
                Emotion.fromName(e.getKey()).ifPresent(classes::add);
            }
        }
        return List.copyOf(classes);
    }

    /** The classes present among the samples, in canonical order. */
    public static List<Emotion> present(Collection<Sample> samples) {
        EnumSet<Emotion> classes = EnumSet.noneOf(Emotion.class);
        samples.forEach(s -> classes.add(s.label()));
        return List.copyOf(classes);
    }

    /**
     * The subset an evaluation of {@code run}'s model on {@code testSamples} scores under {@code mode}. For
     * {@code all}, a run whose config records no training counts gives {@link ClassSubset#all()}.
     *
     * @throws IllegalArgumentException for {@code shared} when the training classes are unknown or none is shared
     */
    public static ClassSubset subset(EvaluationClasses mode, RunFolder run, Collection<Sample> testSamples)
            throws IOException {
        List<Emotion> trained;
        try {
            trained = of(run);
        } catch (IllegalArgumentException e) {
            if (mode == EvaluationClasses.ALL) {
                return ClassSubset.all();
            }
            throw new IllegalArgumentException("cannot evaluate on shared classes: " + e.getMessage(), e);
        }
        return ClassSubset.of(mode, trained, present(testSamples));
    }
}
