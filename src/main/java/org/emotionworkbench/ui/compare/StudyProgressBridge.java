package org.emotionworkbench.ui.compare;

import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.training.BatchProgress;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingListener;
import org.emotionworkbench.ui.common.TaskProgress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a running study's stage lines ("[2/6] real seed 2: training") and training batches into one overall
 * fraction and message for the task, and a cancel of the task into a clean stop of the training (between batches;
 * the engine then leaves the study resumable).
 */
final class StudyProgressBridge implements RunProgress, TrainingListener {
    private static final Pattern STEP = Pattern.compile("^\\[(\\d+)/(\\d+)]");

    private final TaskProgress task;
    private final TrainingControl control;
    private volatile int step;
    private volatile int steps;
    private volatile String stage = "";

    StudyProgressBridge(TaskProgress task, TrainingControl control) {
        this.task = task;
        this.control = control;
    }

    @Override
    public void stage(String description) {
        Matcher m = STEP.matcher(description);
        if (m.find()) {
            step = Integer.parseInt(m.group(1));
            steps = Integer.parseInt(m.group(2));
        }
        stage = description;
        stopIfCancelled();
        task.update(fraction(0), description);
    }

    @Override
    public void onBatch(BatchProgress p) {
        stopIfCancelled();
        task.update(fraction(p.fractionDone()), stage + String.format(java.util.Locale.ROOT, " — epoch %d/%d",
                p.epoch(), p.maxEpochs()));
    }

    /** Overall fraction: finished runs plus the share of the current one; unknown (−1) before the first stage. */
    double fraction(double withinRun) {
        if (steps <= 0) {
            return -1;
        }
        return Math.min(1, (step - 1 + Math.max(0, Math.min(1, withinRun))) / steps);
    }

    private void stopIfCancelled() {
        if (task.isCancelled()) {
            control.requestStop();
        }
    }
}
