package org.emotionworkbench.ui.common;

import java.util.concurrent.Executor;

/**
 * Where view-model state changes run. The application passes {@code Platform::runLater}; unit tests pass
 * {@link #DIRECT}, so view models are tested without a toolkit.
 */
@FunctionalInterface
public interface UiExecutor extends Executor {
    UiExecutor DIRECT = Runnable::run;
}
