package org.emotionworkbench.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emotionworkbench.run.AboutFacts;
import org.emotionworkbench.ui.common.BackgroundTask;

import java.util.List;

/**
 * Help → About: the engine's {@link AboutFacts} (what {@code --version} prints) and the workspace in use. The facts
 * are gathered in the background, as naming the backend loads ND4J.
 */
final class AboutViewModel {
    static final String GATHERING = "Gathering versions …";
    private final WorkbenchContext context;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(GATHERING);

    AboutViewModel(WorkbenchContext context) {
        this.context = context;
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Gathers the facts off the UI thread; {@link #textProperty()} shows them (or the reason they are missing). */
    BackgroundTask<AboutFacts> load() {
        return context.tasks().submit(BackgroundTask.of("Gathering versions", p -> AboutFacts.current())
                .onSuccess(f -> text.set(textOf(f.lines())))
                .onFailure(e -> text.set("Versions unavailable: " + e.getMessage()
                        + "\nWorkspace: " + context.workspace().root())));
    }

    private String textOf(List<String> lines) {
        return String.join("\n", lines) + "\n\nWorkspace: " + context.workspace().root();
    }
}
