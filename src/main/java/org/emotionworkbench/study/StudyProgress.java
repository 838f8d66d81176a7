package org.emotionworkbench.study;

import org.emotionworkbench.run.HistoryCsv;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.training.EpochMetrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far a study has got, read from its folder alone: which runs are waiting, part-way (epochs done of the most),
 * trained but not yet evaluated everywhere, or done. It does not matter which process trains them — this window, the
 * CLI, or Spark tasks on other machines writing to a shared folder — so the Study screen follows a study it did not
 * start. {@code lastChange} is when a run's files last changed (epoch milliseconds; 0 if none exist).
 */
public record StudyProgress(List<RunState> runs, long lastChange) {
    public StudyProgress {
        runs = List.copyOf(runs);
    }

    public enum Status { WAITING, PART_WAY, TRAINED, DONE }

    /** One run: its label ("[3/8] real seed 2"), status, epochs done of the most, and last val_accuracy (NaN: none). */
    public record RunState(int number, String label, Status status, int epochsDone, int maxEpochs,
                           double valAccuracy) {
        /** "waiting", "epoch 12 of 40", "trained, evaluating", "done". */
        public String describe() {
            return switch (status) {
                case WAITING -> "waiting";
                case PART_WAY -> "epoch " + epochsDone + " of " + maxEpochs;
                case TRAINED -> "trained, not yet evaluated everywhere";
                case DONE -> "done (" + epochsDone + " epochs)";
            };
        }

        /** The share of this run that is done, for the study's overall progress (evaluation counts as nothing). */
        double fraction() {
            return switch (status) {
                case WAITING -> 0;
                case PART_WAY -> maxEpochs <= 0 ? 0 : Math.min(1, (double) epochsDone / maxEpochs);
                case TRAINED, DONE -> 1;
            };
        }
    }

    /** Reads every run's state from the study folder. */
    public static StudyProgress read(StudySpec spec, Path dir) {
        StudyLayout layout = new StudyLayout(dir);
        List<RunState> states = new ArrayList<>();
        long last = 0;
        for (StudyRun run : StudyRun.all(spec, layout)) {
            int maxEpochs = spec.trainingFor(run.combination(), run.seed()).maxEpochs();
            List<EpochMetrics> history = history(run.dir());
            last = Math.max(last, modified(run.dir().resolve(RunFolder.HISTORY)));
            last = Math.max(last, modified(run.dir().resolve(RunFolder.OUTCOME)));
            Status status;
            if (run.complete(spec, layout)) {
                status = Status.DONE;
            } else if (StudyLayout.finished(run.dir())) {
                status = Status.TRAINED;
            } else if (history.isEmpty()) {
                status = Status.WAITING;
            } else {
                status = Status.PART_WAY;
            }
            double valAccuracy = history.isEmpty() ? Double.NaN : history.get(history.size() - 1).valAccuracy();
            states.add(new RunState(run.number(), run.label(), status, history.size(), maxEpochs, valAccuracy));
        }
        return new StudyProgress(states, last);
    }

    public long count(Status status) {
        return runs.stream().filter(r -> r.status() == status).count();
    }

    public boolean isComplete() {
        return runs.stream().allMatch(r -> r.status() == Status.DONE);
    }

    /** The share of the study's training done: finished runs plus the epochs of runs part-way. */
    public double fraction() {
        return runs.isEmpty() ? 1 : runs.stream().mapToDouble(RunState::fraction).sum() / runs.size();
    }

    /** "3 of 8 runs done, 2 part-way (epoch 12 of 40, epoch 3 of 40), 3 waiting". */
    public String describe() {
        List<String> partWay = runs.stream().filter(r -> r.status() == Status.PART_WAY)
                .map(r -> "epoch " + r.epochsDone() + " of " + r.maxEpochs()).toList();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d of %d runs done", count(Status.DONE),
                runs.size()));
        if (!partWay.isEmpty()) {
            s.append(", ").append(partWay.size()).append(" part-way (").append(String.join(", ", partWay)).append(')');
        }
        long trained = count(Status.TRAINED);
        if (trained > 0) {
            s.append(", ").append(trained).append(" being evaluated");
        }
        long waiting = count(Status.WAITING);
        if (waiting > 0) {
            s.append(", ").append(waiting).append(" waiting");
        }
        return s.toString();
    }

    private static List<EpochMetrics> history(Path runDir) {
        Path file = runDir.resolve(RunFolder.HISTORY);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return HistoryCsv.read(file);
        } catch (IOException | RuntimeException e) { // being rewritten right now: read again next time
            return List.of();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
