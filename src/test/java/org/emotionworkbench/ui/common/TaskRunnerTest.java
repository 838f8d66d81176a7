package org.emotionworkbench.ui.common;

import com.sun.jna.Platform;
import org.emotionworkbench.platform.BackgroundPriority;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TaskRunnerTest {
    private final ErrorLog errors = new ErrorLog(UiExecutor.DIRECT);

    @Test
    void workAskedForAfterCloseIsNotStartedAndRaisesNothing() {
        TaskRunner runner = new TaskRunner(UiExecutor.DIRECT, errors);
        runner.close();
        boolean[] ran = {false};
        BackgroundTask<Integer> t = runner.submit(BackgroundTask.of("late", p -> {
            ran[0] = true;
            return 1;
        }));
        assertTrue(t.isCancelled());
        assertTrue(runner.running().isEmpty());
        assertTrue(!ran[0] && errors.entries().isEmpty());
    }

    @Test
    void backgroundWorkAndTheThreadsItStartsRunBelowTheWindowsPriorityOnLinux() throws Exception {
        assumeTrue(Platform.isLinux(), "per-thread nice is Linux's");
        int window = BackgroundPriority.currentNice().orElseThrow();
        assumeTrue(
                window < BackgroundPriority.NICE, "the JVM already runs at nice " + window);
        try (TaskRunner runner = new TaskRunner(UiExecutor.DIRECT, errors)) {
            BackgroundTask<int[]> t = runner.submit(BackgroundTask.of("nice", p -> {
                int[] child = new int[1];
                Thread c = new Thread(() -> child[0] = BackgroundPriority.currentNice()
                        .orElse(-100)); // e.g. the batch pipeline or ND4J's OpenMP workers
                c.start();
                c.join();
                return new int[]{BackgroundPriority.currentNice().orElse(-100), child[0]};
            }));
            int[] seen = t.future().get(10, TimeUnit.SECONDS);
            assertEquals(BackgroundPriority.NICE, seen[0]);
            assertEquals(BackgroundPriority.NICE, seen[1]);
            assertEquals(window, BackgroundPriority.currentNice().orElseThrow());
        }
    }

    @Test
    void successRunsTheCallbackAndTheTaskLeavesTheRunningList() throws Exception {
        try (TaskRunner runner = new TaskRunner(UiExecutor.DIRECT, errors)) {
            List<String> seen = new ArrayList<>();
            BackgroundTask<Integer> t = runner.submit(BackgroundTask.of("answer", p -> 42)
                    .onSuccess(v -> seen.add("ok " + v))
                    .onFinally(() -> seen.add("finally")));
            assertEquals(42, t.future().get(5, TimeUnit.SECONDS));
            waitFor(() -> runner.running().isEmpty());
            assertEquals(List.of("ok 42", "finally"), seen);
            assertTrue(errors.entries().isEmpty());
        }
    }

    @Test
    void aFailureWithoutItsOwnHandlerReachesTheErrorLogWithItsMessage() throws Exception {
        try (TaskRunner runner = new TaskRunner(UiExecutor.DIRECT, errors)) {
            BackgroundTask<Object> t = runner.submit(BackgroundTask.of("Loading x", p -> {
                throw new IllegalArgumentException("dataset not found: /nowhere");
            }));
            waitFor(() -> t.future().isDone());
            waitFor(() -> !errors.entries().isEmpty());
            assertEquals("Loading x", errors.entries().get(0).context());
            assertEquals("dataset not found: /nowhere", errors.entries().get(0).message());
        }
    }

    @Test
    void cancellingIsSeenByTheWorkAndCallsOnCancelledInsteadOfSuccess() throws Exception {
        try (TaskRunner runner = new TaskRunner(UiExecutor.DIRECT, errors)) {
            CountDownLatch started = new CountDownLatch(1);
            List<String> seen = new ArrayList<>();
            BackgroundTask<String> t = runner.submit(BackgroundTask.of("long", p -> {
                started.countDown();
                while (!p.isCancelled()) {
                    Thread.sleep(5);
                }
                return "stopped";
            }).onSuccess(seen::add).onCancelled(() -> seen.add("cancelled")));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            t.cancel();
            assertEquals("stopped", t.future().get(5, TimeUnit.SECONDS));
            waitFor(() -> seen.size() == 1);
            assertEquals(List.of("cancelled"), seen);
        }
    }

    @Test
    void describeFindsTheCauseThatSaysSomething() {
        Exception wrapped = new java.util.concurrent.CompletionException(new java.io.IOException("disk full"));
        assertEquals("IOException: disk full", ErrorLog.describe(wrapped));
        assertEquals("NullPointerException", ErrorLog.describe(new NullPointerException()));
        assertEquals("bad split", ErrorLog.describe(new RuntimeException(new IllegalArgumentException("bad split"))));
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met in 5 s");
            }
            Thread.sleep(5);
        }
    }
}
