package org.emotionworkbench.ui.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Saving and loading the edited spec as JSON, off the UI thread. A file that cannot be read or is not a valid
 * spec leaves the editor as it was and says why (here and in the error log); a loaded file is an undoable edit.
 */
public final class ModelFilesViewModel {
    private final ModelEditorViewModel editor;
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    public ModelFilesViewModel(ModelEditorViewModel editor, TaskRunner tasks) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    public BackgroundTask<ModelSpec> load(Path file) {
        String fileName = String.valueOf(file.getFileName());
        return tasks.submit(BackgroundTask.of("Loading model spec " + fileName, p -> ModelSpec.read(file))
                .onSuccess(spec -> {
                    editor.load(spec, "load " + fileName);
                    show("Loaded \"" + spec.name() + "\" from " + file, false);
                })
                .onFailure(t -> {
                    show("Could not load " + fileName + ": " + ErrorLog.describe(t) + ". The current model is kept.", true);
                    tasks.errors().report("Loading model spec " + fileName, t);
                }));
    }

    /** Saves the current spec; refuses (with a message, returning null) while the stack is invalid. */
    public BackgroundTask<Path> save(Path file) {
        String fileName = String.valueOf(file.getFileName());
        if (!editor.validProperty().get()) {
            show("Not saved: fix the error first (a spec with an error could not be loaded back).", true);
            return null;
        }
        ModelSpec spec = editor.spec();
        return tasks.submit(BackgroundTask.of("Saving model spec " + fileName, p -> {
                    spec.write(file);
                    return file;
                })
                .onSuccess(f -> show("Saved \"" + spec.name() + "\" to " + f, false))
                .onFailure(t -> {
                    show("Could not save " + fileName + ": " + ErrorLog.describe(t), true);
                    tasks.errors().report("Saving model spec " + fileName, t);
                }));
    }

    private void show(String text, boolean isError) {
        failed.set(isError);
        message.set(text);
    }

    /** What the last save or load did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} reports a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
