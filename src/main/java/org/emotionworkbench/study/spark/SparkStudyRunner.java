package org.emotionworkbench.study.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.platform.MemoryUse;
import org.emotionworkbench.platform.NativeThreads;
import org.emotionworkbench.study.MemoryLog;
import org.emotionworkbench.study.StudyLayout;
import org.emotionworkbench.study.StudyRun;
import org.emotionworkbench.study.StudyRunner;
import org.emotionworkbench.study.StudySpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a study on Apache Spark: the driver (this JVM) writes {@code study.json} as {@link StudyRunner} does (a
 * different spec in the folder is refused), lists the runs that are not trained and evaluated yet, and runs each as
 * one Spark task ({@link SparkRunTask}: one partition per run). The executors write the run folders, so the study
 * folder must be a path every node sees. A failed task is retried by Spark ({@code spark.task.maxFailures}; in local
 * mode {@code local[N,F]}) and goes on after the last epoch the failed try finished. The driver then writes
 * {@code memory.csv} from what the tasks sent back; the caller writes the summary from the run folders.
 */
public final class SparkStudyRunner {
    private final String master;
    private final LoadOptions loadOptions;
    private final PrintWriter out;

    public SparkStudyRunner(String master, LoadOptions loadOptions, PrintWriter out) {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("--spark needs a master: local[N], local[N,F], spark://host:port, yarn"
                    + " or k8s://...");
        }
        this.master = master;
        this.loadOptions = loadOptions;
        this.out = out;
    }

    /** Runs every unfinished run of the study as a Spark task; returns what each task reported, in run order. */
    public List<SparkRunResult> run(StudySpec spec, Path dir) throws IOException {
        Path studyDir = dir.toAbsolutePath().normalize();
        StudyLayout layout = StudyRunner.open(spec, studyDir);
        String json = spec.toJson();
        List<SparkRunTask> tasks = new ArrayList<>();
        for (StudyRun run : StudyRun.all(spec, layout)) {
            if (run.complete(spec, layout)) {
                out.println(run.label() + ": already trained");
            } else {
                tasks.add(new SparkRunTask(json, studyDir.toString(), run.combinationIndex(), run.sourceIndex(),
                        run.seedIndex(), loadOptions.cacheDir() == null ? null
                        : loadOptions.cacheDir().toAbsolutePath().toString(), loadOptions.noCache()));
            }
        }
        out.flush();
        if (tasks.isEmpty()) {
            out.println("every run is trained and evaluated; Spark was not started");
            out.flush();
            return List.of();
        }
        out.println(tasks.size() + " of " + spec.runCount() + " runs to train on Spark (" + master + ")");
        out.flush();
        List<SparkRunResult> results;
        NativeThreads.Settings threads = NativeThreads.Settings.now(); // local mode: the tasks change this JVM's
        try (JavaSparkContext sc = start(spec)) {
            results = sc.parallelize(tasks, tasks.size()).map(SparkRunTask::call).collect();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) { // SparkException (checked, thrown unchecked from Scala) once a task failed for good
            throw new IllegalStateException("the study failed on Spark: " + e.getMessage(), e);
        } finally {
            threads.restore();
        }
        MemoryLog memory = new MemoryLog(studyDir);
        for (SparkRunResult r : results) {
            out.println(r.label() + (r.trained() ? ": trained" : ": evaluated") + String.format(
                    java.util.Locale.ROOT, " on Spark in %.1f s", r.seconds()));
            memory.record(r.group(), r.seed(), new MemoryUse(r.residentBytes(), r.heapUsedBytes(), r.javacppBytes()),
                    r.seconds());
        }
        out.flush();
        return results;
    }

    private JavaSparkContext start(StudySpec spec) {
        SparkConf conf = new SparkConf()
                .setAppName("emotion-workbench study " + spec.name())
                .setMaster(master);
        if (master.startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        // executors started by a cluster manager limit ND4J to their task's cores from the start, too
        conf.setIfMissing("spark.executorEnv." + SparkThreads.OMP_NUM_THREADS, conf.get("spark.task.cpus", "1"));
        try {
            return new JavaSparkContext(conf);
        } catch (Exception e) { // e.g. SparkException "Could not parse Master URL" (checked, thrown unchecked)
            throw new IllegalArgumentException("--spark " + master + ": Spark did not start: " + e.getMessage()
                    + " (a master is local[N], local[N,F], spark://host:port, yarn or k8s://https://host:port)", e);
        }
    }
}
