package org.emotionworkbench.ui;

import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;
import org.emotionworkbench.ui.common.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuitGuardTest {
    private final TaskRunner tasks = new TaskRunner(UiExecutor.DIRECT, new ErrorLog(UiExecutor.DIRECT));
    private final QuitGuard guard = new QuitGuard(tasks);

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void nothingRunningQuitsAtOnceWithoutAQuestion() {
        assertTrue(guard.question().isEmpty());
        int[] quits = {0};
        guard.stopAllThen(() -> quits[0]++);
        assertEquals(1, quits[0]);
    }

    @Test
    void runningWorkIsNamedThenStoppedBeforeTheWindowCloses() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        boolean[] sawCancel = {false};
        BackgroundTask<Integer> training = tasks.submit(BackgroundTask.of("Training run-1", p -> {
            started.countDown();
            while (!p.isCancelled()) {
                Thread.sleep(5); // a training loop checks between batches
            }
            sawCancel[0] = true;
            return 0;
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        String q = guard.question().orElseThrow();
        assertTrue(q.startsWith("Training run-1 is still running. Stop and quit?"), q);
        CountDownLatch quit = new CountDownLatch(1);
        guard.stopAllThen(quit::countDown);
        assertTrue(quit.await(10, TimeUnit.SECONDS), "quits once the work has ended");
        assertTrue(sawCancel[0], "the work was asked to stop, not killed");
        assertTrue(training.isCancelled());
        assertTrue(tasks.running().isEmpty());
    }
}
