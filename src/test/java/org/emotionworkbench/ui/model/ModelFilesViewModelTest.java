package org.emotionworkbench.ui.model;

import javafx.beans.property.SimpleObjectProperty;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;
import org.emotionworkbench.ui.common.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFilesViewModelTest {
    @TempDir
    Path tmp;
    private final ErrorLog errors = new ErrorLog(UiExecutor.DIRECT);
    private final TaskRunner tasks = new TaskRunner(UiExecutor.DIRECT, errors);
    private final SimpleObjectProperty<ModelSpec> context = new SimpleObjectProperty<>(Presets.get("tiny"));
    private final ModelEditorViewModel editor = new ModelEditorViewModel(context);
    private final ModelFilesViewModel files = new ModelFilesViewModel(editor, tasks);

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void aSavedSpecLoadsBackAsTheSameSpecAndTheLoadIsUndoable() {
        editor.loadPreset("pisa");
        editor.rename("pisa, edited");
        ModelSpec saved = editor.spec();
        Path file = tmp.resolve("mine.json");
        files.save(file).future().join();
        assertTrue(files.messageProperty().get().startsWith("Saved \"pisa, edited\""), files.messageProperty().get());

        editor.loadPreset("tiny");
        files.load(file).future().join();
        assertEquals(saved, editor.spec());
        assertEquals(saved, context.get());
        assertFalse(files.failedProperty().get());
        editor.undo();
        assertEquals(Presets.get("tiny"), editor.spec());
    }

    @Test
    void aBadFileSaysWhyAndKeepsTheCurrentSpec() throws Exception {
        editor.loadPreset("seed12");
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"name\": \"x\", \"layers\": [{\"type\": \"Dense\", \"units\": 0}]}");
        files.load(bad).future().exceptionally(t -> null).join();
        assertTrue(files.failedProperty().get());
        String msg = files.messageProperty().get();
        assertTrue(msg.startsWith("Could not load bad.json: ") && msg.contains("Dense units must be positive")
                && msg.endsWith("The current model is kept."), msg);
        assertEquals(Presets.get("seed12"), editor.spec());
        assertEquals(1, errors.entries().size());

        files.load(tmp.resolve("missing.json")).future().exceptionally(t -> null).join();
        assertTrue(files.messageProperty().get().contains("missing.json"), files.messageProperty().get());
        assertEquals(Presets.get("seed12"), editor.spec());
    }

    @Test
    void anInvalidStackIsNotSaved() {
        editor.select(4);
        editor.removeSelected(); // Flatten gone: the Dense layer has a feature map as input
        assertNull(files.save(tmp.resolve("x.json")));
        assertTrue(files.failedProperty().get());
        assertFalse(Files.exists(tmp.resolve("x.json")));
    }
}
