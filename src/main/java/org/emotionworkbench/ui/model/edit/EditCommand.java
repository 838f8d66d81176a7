package org.emotionworkbench.ui.model.edit;

/**
 * One undoable edit of a {@link ModelDocument} (Gluon Scene Builder's habit): it does its change, undoes it and
 * redoes it, and says in a few words what it is ("Add Conv2D"). It also says which layer to select afterwards.
 */
public interface EditCommand {
    /** Selection value meaning "leave the selection as it is". */
    int KEEP_SELECTION = -1;

    void execute();

    void undo();

    default void redo() {
        execute();
    }

    String description();

    /** Index of the layer to select after {@link #execute()} or {@link #redo()}, or {@link #KEEP_SELECTION}. */
    default int selectionAfterExecute() {
        return KEEP_SELECTION;
    }

    /** Index of the layer to select after {@link #undo()}, or {@link #KEEP_SELECTION}. */
    default int selectionAfterUndo() {
        return KEEP_SELECTION;
    }
}
