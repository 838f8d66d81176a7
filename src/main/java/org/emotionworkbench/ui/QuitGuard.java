package org.emotionworkbench.ui;

import javafx.collections.ListChangeListener;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.TaskRunner;

import java.util.List;
import java.util.Optional;

/**
 * What closing the window (or Ctrl+Q) does while work runs: first a question naming the work, then every task is asked
 * to stop (training stops between batches and keeps its last resume point; a study keeps its finished runs), and the
 * window closes once they have all ended — so nothing is killed mid-write and no stack traces are printed.
 */
public final class QuitGuard {
    private final TaskRunner tasks;

    public QuitGuard(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** The question to ask before quitting, or empty when nothing runs and the window may close at once. */
    public Optional<String> question() {
        List<String> titles = tasks.running().stream().map(BackgroundTask::title).toList();
        if (titles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((titles.size() == 1 ? titles.get(0) + " is" : String.join(", ", titles) + " are")
                + " still running. Stop and quit? A training run stops after its current batch and can be resumed "
                + "from its last finished epoch (Training screen, Resume); a study keeps its finished runs.");
    }

    /** Asks every task to stop and runs {@code quit} (on the UI executor) once none is left running. */
    public void stopAllThen(Runnable quit) {
        if (tasks.running().isEmpty()) {
            quit.run();
            return;
        }
        boolean[] done = {false};
        tasks.running().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends BackgroundTask<?>> c) {
                if (tasks.running().isEmpty() && !done[0]) {
                    done[0] = true;
                    tasks.running().removeListener(this);
                    quit.run();
                }
            }
        });
        List.copyOf(tasks.running()).forEach(BackgroundTask::cancel);
    }
}
