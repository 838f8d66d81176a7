package org.emotionworkbench.ui.model.edit;

import org.emotionworkbench.model.LayerSpec;

import java.util.Objects;

/** Replaces one layer by an edited copy (a changed setting); the layer it replaces is taken when it executes. */
public final class ChangeLayerCommand implements EditCommand {
    private final ModelDocument document;
    private final int index;
    private LayerSpec before;
    private final LayerSpec after;
    private final String what;

    /** {@code what} names the change, e.g. "kernel = 5". */
    public ChangeLayerCommand(ModelDocument document, int index, LayerSpec after, String what) {
        this.document = document;
        this.index = index;
        this.before = document.layer(index);
        this.after = Objects.requireNonNull(after, "after");
        this.what = what;
    }

    @Override
    public void execute() {
        before = document.set(index, after);
    }

    @Override
    public void undo() {
        document.set(index, before);
    }

    @Override
    public String description() {
        return "set " + what + " on layer " + (index + 1) + " (" + before.getClass().getSimpleName() + ")";
    }

    @Override
    public int selectionAfterExecute() {
        return index;
    }

    @Override
    public int selectionAfterUndo() {
        return index;
    }
}
