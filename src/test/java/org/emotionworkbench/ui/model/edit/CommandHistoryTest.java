package org.emotionworkbench.ui.model.edit;

import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandHistoryTest {
    private final ModelSpec tiny = Presets.get("tiny");
    private final ModelDocument doc = new ModelDocument(tiny);

    @Test
    void everyCommandUndoesToTheSameSpecAndRedoesToTheEditedOne() {
        CommandHistory h = new CommandHistory();
        EditCommand[] commands = {
                new AddLayerCommand(doc, 2, new Dropout(0.3)),
                new RemoveLayerCommand(doc, 0),
                new MoveLayerCommand(doc, 0, 3),
                new ChangeLayerCommand(doc, 4, Dense.of(64), "units = 64"),
                new RenameModelCommand(doc, "mine"),
                new ReplaceModelCommand(doc, Presets.get("pisa"), "load pisa"),
        };
        for (EditCommand c : commands) {
            ModelSpec before = doc.spec();
            h.execute(c);
            ModelSpec after = doc.spec();
            assertFalse(before.equals(after), c.description());
            h.undo();
            assertEquals(before, doc.spec(), "undo " + c.description());
            h.redo();
            assertEquals(after, doc.spec(), "redo " + c.description());
        }
        for (int i = 0; i < commands.length; i++) {
            h.undo();
        }
        assertEquals(tiny, doc.spec());
        assertFalse(h.canUndo());
        assertEquals(commands.length, h.redoSize());
    }

    @Test
    void moveShiftsTheLayersBetween() {
        new CommandHistory().execute(new MoveLayerCommand(doc, 0, 2));
        assertEquals(tiny.layers().get(1), doc.layer(0));
        assertEquals(tiny.layers().get(2), doc.layer(1));
        assertEquals(tiny.layers().get(0), doc.layer(2));
    }

    @Test
    void theUndoStackIsBoundedAndForgetsTheOldestCommand() {
        CommandHistory h = new CommandHistory(3);
        for (int i = 1; i <= 5; i++) {
            h.execute(new RenameModelCommand(doc, "name" + i));
        }
        assertEquals(3, h.undoSize());
        while (h.canUndo()) {
            h.undo();
        }
        assertEquals("name2", doc.name(), "the two oldest renames are forgotten");
        assertEquals(3, h.redoSize());
    }

    @Test
    void aNewCommandClearsTheRedoStack() {
        CommandHistory h = new CommandHistory();
        h.execute(new RenameModelCommand(doc, "a"));
        h.undo();
        assertTrue(h.canRedo());
        h.execute(new RenameModelCommand(doc, "b"));
        assertFalse(h.canRedo());
        assertTrue(h.redo().isEmpty());
        assertEquals("rename the model to \"b\"", h.undoDescription().orElseThrow());
    }

    @Test
    void commandsRefusePositionsOutsideTheStack() {
        assertThrows(IndexOutOfBoundsException.class, () -> new MoveLayerCommand(doc, 0, 7));
        assertThrows(IndexOutOfBoundsException.class, () -> new AddLayerCommand(doc, 8, new Dropout(0.1)));
        assertThrows(IllegalArgumentException.class, () -> new CommandHistory(0));
    }
}
