package org.emotionworkbench.ui.model.edit;

/** Moves a layer from one position of the stack to another (the others shift up or down by one). */
public final class MoveLayerCommand implements EditCommand {
    private final ModelDocument document;
    private final int from;
    private final int to;
    private final String what;

    public MoveLayerCommand(ModelDocument document, int from, int to) {
        int n = document.size();
        if (from < 0 || from >= n || to < 0 || to >= n) {
            throw new IndexOutOfBoundsException("cannot move layer " + from + " to " + to + " in a stack of " + n);
        }
        this.document = document;
        this.from = from;
        this.to = to;
        this.what = document.layer(from).getClass().getSimpleName();
    }

    @Override
    public void execute() {
        document.move(from, to);
    }

    @Override
    public void undo() {
        document.move(to, from);
    }

    @Override
    public String description() {
        return "move " + what + " from " + (from + 1) + " to " + (to + 1);
    }

    @Override
    public int selectionAfterExecute() {
        return to;
    }

    @Override
    public int selectionAfterUndo() {
        return from;
    }
}
