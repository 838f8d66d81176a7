package org.emotionworkbench.ui.model.edit;

import org.emotionworkbench.model.LayerSpec;

import java.util.Objects;

/** Inserts a layer at an index. */
public final class AddLayerCommand implements EditCommand {
    private final ModelDocument document;
    private final int index;
    private final LayerSpec layer;

    public AddLayerCommand(ModelDocument document, int index, LayerSpec layer) {
        if (index < 0 || index > document.size()) {
            throw new IndexOutOfBoundsException("cannot insert at " + index + " in a stack of " + document.size());
        }
        this.document = document;
        this.index = index;
        this.layer = Objects.requireNonNull(layer, "layer");
    }

    @Override
    public void execute() {
        document.insert(index, layer);
    }

    @Override
    public void undo() {
        document.remove(index);
    }

    @Override
    public String description() {
        return "add " + layer.getClass().getSimpleName() + " as layer " + (index + 1);
    }

    @Override
    public int selectionAfterExecute() {
        return index;
    }

    @Override
    public int selectionAfterUndo() {
        return Math.max(0, index - 1);
    }
}
