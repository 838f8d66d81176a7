package org.emotionworkbench.study.spark;

import org.apache.spark.TaskContext;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.platform.MemoryUse;
import org.emotionworkbench.study.StudyLayout;
import org.emotionworkbench.study.StudyRun;
import org.emotionworkbench.study.StudyRunner;
import org.emotionworkbench.study.StudySpec;
import org.emotionworkbench.training.TrainingControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a Spark task needs to train and evaluate one run of a study: the spec as {@link StudySpec#toJson()} wrote it,
 * the run's combination, source and seed indexes, the study folder's absolute path (a path every node sees) and how
 * to load data. {@link #call()} runs on the executor, through {@link StudyRunner#runOne} as the single-machine runner
 * does.
 */
public record SparkRunTask(String specJson, String studyDir, int combinationIndex, int sourceIndex, int seedIndex,
                           String cacheDir, boolean noCache) implements Serializable {
    private static final Logger LOG = LoggerFactory.getLogger(SparkRunTask.class);

    /** Trains (unless finished) and evaluates this run; what the driver writes to memory.csv and prints. */
    public SparkRunResult call() {
        long started = System.nanoTime();
        StudySpec spec = StudySpec.fromJson(specJson);
        StudyLayout layout = new StudyLayout(Path.of(studyDir));
        StudyRun run = StudyRun.of(spec, layout, combinationIndex, sourceIndex, seedIndex);
        int cpus = taskCpus();
        SparkThreads.limitNativeThreads(cpus);
        boolean trains = !StudyLayout.finished(run.dir());
        LoadOptions load = new LoadOptions(cacheDir == null ? null : Path.of(cacheDir), noCache, cpus);
        TrainingControl control = new TrainingControl();
        StudyRunner runner = new StudyRunner(load, new LoggedProgress(), List.of(new StopWhenKilled(control)), control);
        try {
            if (!runner.runOne(spec, layout, run)) {
                throw new IllegalStateException(run.label() + ": stopped before the end");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(run.label() + ": " + e.getMessage(), e);
        }
        MemoryUse use = MemoryUse.afterCollection();
        return new SparkRunResult(run.number(), run.label(), run.group(), run.seed(), trains, use.residentBytes(),
                use.heapUsedBytes(), use.javacppBytes(), (System.nanoTime() - started) / 1e9);
    }

    /** spark.task.cpus of the running task (1 outside a task). */
    private static int taskCpus() {
        TaskContext context = TaskContext.get();
        return context == null ? 1 : Math.max(1, context.cpus());
    }

    /**
     * Stops the training between batches once Spark has killed this task (a cancelled job, a lost driver, a
     * speculative copy no longer needed): the run is left with its resume point after its last finished epoch, which
     * the next try goes on from, instead of dying in the middle of saving.
     */
    static final class StopWhenKilled implements org.emotionworkbench.training.TrainingListener {
        private final TrainingControl control;
        private final TaskContext context = TaskContext.get();

        StopWhenKilled(TrainingControl control) {
            this.control = control;
        }

        @Override
        public void onBatch(org.emotionworkbench.training.BatchProgress progress) {
            if (context != null && context.isInterrupted()) {
                control.requestStop();
            }
        }
    }

    /** An executor's progress: stage lines in its log (its stderr; in local mode the driver's). */
    private static final class LoggedProgress implements org.emotionworkbench.run.RunProgress {
        @Override
        public void stage(String description) {
            LOG.info(description);
        }
    }
}
