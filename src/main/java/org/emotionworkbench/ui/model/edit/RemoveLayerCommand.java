package org.emotionworkbench.ui.model.edit;

import org.emotionworkbench.model.LayerSpec;

/** Removes the layer at an index (and puts it back on undo); what it removes is taken when it executes. */
public final class RemoveLayerCommand implements EditCommand {
    private final ModelDocument document;
    private final int index;
    private LayerSpec removed;

    public RemoveLayerCommand(ModelDocument document, int index) {
        this.document = document;
        this.index = index;
        this.removed = document.layer(index);
    }

    @Override
    public void execute() {
        removed = document.remove(index);
    }

    @Override
    public void undo() {
        document.insert(index, removed);
    }

    @Override
    public String description() {
        return "remove layer " + (index + 1) + " (" + removed.getClass().getSimpleName() + ")";
    }

    @Override
    public int selectionAfterExecute() {
        return Math.min(index, document.size() - 1);
    }

    @Override
    public int selectionAfterUndo() {
        return index;
    }
}
