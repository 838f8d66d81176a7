package org.emotionworkbench.run;

import org.emotionworkbench.training.EarlyStopping;
import org.emotionworkbench.training.ResumeState;
import org.emotionworkbench.training.TrainingOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * What a resumed run may change (the rest of its config is fixed): the most epochs, and a longer early-stopping
 * patience. Both leave the epochs already trained exactly as a fresh run with the new settings would have trained
 * them (the seeded shuffling, augmentation and dropout do not depend on either), so the amended run is that run; this
 * is why patience may only be raised: a shorter one could already have stopped the run at an earlier epoch.
 * Null fields are left as they were. {@code copiedFrom}: the run folder this one was copied from to go on in (null:
 * the run goes on in its own folder).
 */
public record ResumeChanges(Integer maxEpochs, Integer patience, String copiedFrom) {
    /** Changes to the run itself (not to a copy of another). */
    public ResumeChanges(Integer maxEpochs, Integer patience) {
        this(maxEpochs, patience, null);
    }

    public static ResumeChanges none() {
        return new ResumeChanges(null, null);
    }

    /** The same changes, made to a copy of the run in {@code original} ({@link RunExecutor#copyToGoOn}). */
    public ResumeChanges inACopyOf(java.nio.file.Path original) {
        return new ResumeChanges(maxEpochs, patience, original.toString());
    }

    /**
     * The run's options with these changes, checked against where the run stands ({@code stoppedEarly}: its early
     * stopping ended it, so it goes on only with a longer patience); throws with a message that says what cannot be
     * changed and why.
     */
    public TrainingOptions applyTo(TrainingOptions options, ResumeState state, boolean stoppedEarly) {
        EarlyStopping es = options.earlyStopping();
        if (stoppedEarly && es != null && (patience == null || patience <= es.patience())) {
            throw new CannotResumeException("the run stopped early (after epoch " + state.epochsDone() + ", patience "
                    + es.patience() + "): to go on, give it a longer --patience (and --out <newRunDir> to keep it as "
                    + "it is)");
        }
        TrainingOptions changed = options;
        if (maxEpochs != null) {
            if (maxEpochs <= state.epochsDone()) {
                throw new IllegalArgumentException("--epochs " + maxEpochs + " leaves nothing to train: the run has "
                        + "finished " + state.epochsDone() + " epochs");
            }
            changed = new TrainingOptions(maxEpochs, options.batchSize(), options.learningRate(), options.seed(),
                    options.earlyStopping(), options.reduceLr(), options.checkpointMonitor());
        }
        if (patience != null) {
            if (es == null) {
                throw new IllegalArgumentException("--patience changes early stopping, and this run has none (it "
                        + "trains for all its epochs)");
            }
            if (patience < es.patience()) {
                throw new IllegalArgumentException("patience can only be raised on resume (from " + es.patience()
                        + "): a shorter one could already have stopped the run at an earlier epoch");
            }
            changed = changed.withEarlyStopping(new EarlyStopping(es.monitor(), patience, es.minDelta(),
                    es.restoreBestWeights()));
        }
        return changed;
    }

    /** What changed, for the run's record, e.g. "after epoch 44: early-stopping patience 10 → 20"; null if nothing. */
    public String describe(TrainingOptions before, TrainingOptions after, int epochsDone) {
        List<String> parts = new ArrayList<>();
        if (before.maxEpochs() != after.maxEpochs()) {
            parts.add("epochs " + before.maxEpochs() + " → " + after.maxEpochs());
        }
        if (before.earlyStopping() != null && after.earlyStopping() != null
                && before.earlyStopping().patience() != after.earlyStopping().patience()) {
            parts.add("early-stopping patience " + before.earlyStopping().patience() + " → "
                    + after.earlyStopping().patience());
        }
        if (parts.isEmpty() && copiedFrom == null) {
            return null;
        }
        return "resumed after epoch " + epochsDone + (parts.isEmpty() ? "" : " with " + String.join(", ", parts))
                + (copiedFrom == null ? "" : ", in a copy of " + copiedFrom);
    }
}
