package org.emotionworkbench.ui.model.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * Bounded undo and redo stacks of {@link EditCommand}s. Executing a new command clears the redo stack; when the
 * undo stack is full the oldest command is forgotten.
 */
public final class CommandHistory {
    public static final int DEFAULT_CAPACITY = 200;

    private final int capacity;
    private final Deque<EditCommand> undo = new ArrayDeque<>();
    private final Deque<EditCommand> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public CommandHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("history capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    public CommandHistory() {
        this(DEFAULT_CAPACITY);
    }

    public void execute(EditCommand command) {
        Objects.requireNonNull(command, "command").execute();
        undo.push(command);
        while (undo.size() > capacity) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    /** Undoes the newest command; returns it, or empty when there is nothing to undo. */
    public Optional<EditCommand> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        EditCommand c = undo.pop();
        c.undo();
        redo.push(c);
        changed();
        return Optional.of(c);
    }

    /** Redoes the newest undone command; returns it, or empty when there is nothing to redo. */
    public Optional<EditCommand> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        EditCommand c = redo.pop();
        c.redo();
        undo.push(c);
        changed();
        return Optional.of(c);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }

    public int capacity() {
        return capacity;
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(EditCommand::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(EditCommand::description);
    }

    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
