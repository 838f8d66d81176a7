package org.emotionworkbench.training;

import java.util.List;

/**
 * Where a training run stood after its last finished epoch, as saved in a {@link ResumePoint}: the history so far,
 * the best epoch and its monitored value, the early-stopping and LR-reduction counters, the current learning rate,
 * the training seconds spent, and the files holding the network (with Adam's state) and the best epoch's weights.
 * {@code segments} records, one line per start or resumption, when and from which epoch the run went on.
 */
public record ResumeState(int epochsDone, List<EpochMetrics> history, int bestEpoch, double best, int esWait,
                          double rlrBest, int rlrWait, double learningRate, double seconds,
                          String networkFile, String bestParamsFile, List<String> segments) {
    public ResumeState {
        if (epochsDone < 1) {
            throw new IllegalArgumentException("a resume point needs at least one finished epoch, got " + epochsDone);
        }
        history = List.copyOf(history);
        segments = segments == null ? List.of() : List.copyOf(segments);
        if (history.size() != epochsDone) {
            throw new IllegalArgumentException("resume state lists " + history.size() + " epochs but says "
                    + epochsDone + " are done");
        }
    }
}
