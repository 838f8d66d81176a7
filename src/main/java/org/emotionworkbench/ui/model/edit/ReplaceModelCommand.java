package org.emotionworkbench.ui.model.edit;

import org.emotionworkbench.model.ModelSpec;

import java.util.Objects;

/** Replaces the whole model (a preset, a file, a model set by another screen); what was there is taken when it executes. */
public final class ReplaceModelCommand implements EditCommand {
    private final ModelDocument document;
    private ModelSpec before;
    private final ModelSpec after;
    private final String description;

    public ReplaceModelCommand(ModelDocument document, ModelSpec after, String description) {
        this.document = document;
        this.before = document.spec();
        this.after = Objects.requireNonNull(after, "after");
        this.description = description;
    }

    @Override
    public void execute() {
        before = document.replace(after);
    }

    @Override
    public void undo() {
        document.replace(before);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int selectionAfterExecute() {
        return 0;
    }

    @Override
    public int selectionAfterUndo() {
        return 0;
    }
}
