package org.emotionworkbench.training;

import java.util.List;

/** How a run went: its history, the best epoch (0 if none finished), why it stopped and a readable message. */
public record TrainingOutcome(List<EpochMetrics> history, int bestEpoch, StopReason stopReason, String message,
                              double seconds) {
    public TrainingOutcome {
        history = List.copyOf(history);
    }

    public EpochMetrics best() {
        return history.stream().filter(m -> m.epoch() == bestEpoch).findFirst().orElse(null);
    }
}
