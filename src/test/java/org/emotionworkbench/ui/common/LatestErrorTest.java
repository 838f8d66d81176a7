package org.emotionworkbench.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatestErrorTest {
    private final ErrorLog log = new ErrorLog(UiExecutor.DIRECT);
    private final TaskRunner tasks = new TaskRunner(UiExecutor.DIRECT, log);
    private final LatestError latest = new LatestError(log, tasks);

    @AfterEach
    void close() {
        tasks.close();
    }

    private void await(BackgroundTask<?> t) throws Exception {
        try {
            t.future().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // reported through the log
        }
        for (int i = 0; i < 200 && !tasks.running().isEmpty(); i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void anErrorShowsUntilTheNextSuccessAndAFailureDoesNotClearIt() throws Exception {
        await(tasks.submit(BackgroundTask.of("Loading x", p -> {
            throw new IllegalStateException("broken file");
        })));
        assertEquals("Loading x: broken file", latest.textProperty().get());
        await(tasks.submit(BackgroundTask.of("Loading y", p -> {
            throw new IllegalStateException("also broken");
        })));
        assertEquals("Loading y: also broken", latest.textProperty().get());
        await(tasks.submit(BackgroundTask.of("Loading z", p -> 1)));
        assertEquals("", latest.textProperty().get(), "a success clears the status line");
        assertEquals(2, log.entries().size(), "the Errors list keeps both");
    }

    @Test
    void clearingTheListClearsTheLine() {
        log.report("Matching", "no such folder");
        assertEquals("Matching: no such folder", latest.textProperty().get());
        log.entries().clear();
        assertEquals("", latest.textProperty().get());
    }
}
