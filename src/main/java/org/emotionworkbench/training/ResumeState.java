package org.emotionworkbench.training;

import java.util.List;

/**
 * Where a training run stood after its last finished epoch, as saved in a {@link ResumePoint}: the history so far,
 * the best epoch and its monitored value, the early-stopping and LR-reduction counters, the current learning rate,
 * the training seconds spent, and the files holding the network (with Adam's state) and the best epoch's weights.
 * {@code segments} records, one line per start or resumption, when and from which epoch the run went on.
 */
public record ResumeState(List<EpochMetrics> history, int bestEpoch, double best, int esWait,
                          double rlrBest, int rlrWait, double learningRate, double seconds,
                          String networkFile, String bestParamsFile, List<String> segments) {
    public ResumeState {
        history = history == null ? List.of() : List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a resume point needs at least one finished epoch");
        }
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** The epochs finished so far (the last one is the epoch this state was saved after). */
    public int epochsDone() {
        return history.size();
    }

    /** The same state, naming the files that hold its network and best weights. */
    public ResumeState withFiles(String network, String bestParams) {
        return new ResumeState(history, bestEpoch, best, esWait, rlrBest, rlrWait, learningRate, seconds, network,
                bestParams, segments);
    }
}
