package org.emotionworkbench.study.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.emotionworkbench.training.BatchProgress;
import org.emotionworkbench.training.TrainingControl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Spark task that trains asks its training to stop between batches once Spark kills it (here: the job is
 * cancelled), so the run keeps a clean resume point for the next try.
 */
@Tag("spark") // pom.xml: run by the spark-tests execution, with Spark on the class path
class StopWhenKilledTest {
    // local mode: the task runs in this JVM, so it can report through statics
    static final CountDownLatch taskStarted = new CountDownLatch(1);
    static final CountDownLatch taskEnded = new CountDownLatch(1);
    static final AtomicBoolean stopRequested = new AtomicBoolean();

    @Test
    void aKilledTaskRequestsAStopBetweenBatches() throws Exception {
        SparkJob.runAndCancelOnceStarted();
        assertTrue(taskEnded.await(60, TimeUnit.SECONDS), "the task ended");
        assertTrue(stopRequested.get(), "the task's training was asked to stop (not left to run for 30 s)");
    }

    /**
     * The Spark side, in a class of its own: the default test execution (no Spark on the class path) loads this test
     * class to read its tag, which must not need Spark's types in its methods' signatures.
     */
    static final class SparkJob {
        static void runAndCancelOnceStarted() throws Exception {
            SparkConf conf = new SparkConf().setAppName("stop-when-killed").setMaster("local[1]")
                    .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1");
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                Thread canceller = new Thread(() -> {
                    try {
                        if (taskStarted.await(60, TimeUnit.SECONDS)) {
                            sc.cancelAllJobs();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                canceller.start();
                assertThrows(Exception.class, () -> sc.parallelize(List.of(1), 1)
                        .map(StopWhenKilledTest::trainUntilStopped).collect());
                canceller.join();
            }
        }
    }

    /** Stands in for a training loop: a batch every 10 ms, until the control says stop (at most 30 s). */
    static int trainUntilStopped(int ignored) throws InterruptedException {
        TrainingControl control = new TrainingControl();
        SparkRunTask.StopWhenKilled listener = new SparkRunTask.StopWhenKilled(control);
        taskStarted.countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!control.isStopRequested() && System.nanoTime() < until) {
            listener.onBatch(new BatchProgress(1, 1, 1, 1, 0, 0, 0, 1e-3, 0, 0));
            Thread.sleep(10);
        }
        stopRequested.set(control.isStopRequested());
        taskEnded.countDown();
        return 0;
    }
}
