package org.emotionworkbench.ui.compare;

import org.emotionworkbench.training.BatchProgress;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.ui.common.TaskProgress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyProgressBridgeTest {
    private final List<Double> fractions = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private boolean cancelled;
    private final TaskProgress task = new TaskProgress() {
        @Override
        public void update(double fraction, String message) {
            fractions.add(fraction);
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    };

    @Test
    void stagesAndBatchesMakeOneOverallFraction() {
        TrainingControl control = new TrainingControl();
        StudyProgressBridge b = new StudyProgressBridge(task, control);
        assertEquals(-1, b.fraction(0.5), "unknown before the first stage");
        b.stage("[2/4] real seed 2: training");
        assertEquals(0.25, fractions.get(0), 1e-12);
        b.onBatch(new BatchProgress(2, 4, 5, 10, 1, 1, 0.5, 1e-3, 1, 1)); // 37.5 % of the run
        assertEquals((1 + 0.375) / 4, fractions.get(1), 1e-12);
        assertEquals("[2/4] real seed 2: training — epoch 2/4", messages.get(1));
        assertFalse(control.isStopRequested());
    }

    @Test
    void cancellingTheTaskStopsTheTraining() {
        TrainingControl control = new TrainingControl();
        StudyProgressBridge b = new StudyProgressBridge(task, control);
        b.stage("[1/2] a seed 1: training");
        cancelled = true;
        b.onBatch(new BatchProgress(1, 1, 1, 3, 1, 1, 0.5, 1e-3, 1, 1));
        assertTrue(control.isStopRequested());
    }
}
