package org.emotionworkbench.ui.model;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.LayerSpec;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.model.Padding;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelEditorViewModelTest {
    private final ModelSpec tiny = Presets.get("tiny");
    private final ObjectProperty<ModelSpec> context = new SimpleObjectProperty<>(tiny);
    private final ModelEditorViewModel vm = new ModelEditorViewModel(context);

    @Test
    void pisaThroughTheEditorHasTheEnginesTotals() {
        vm.loadPreset("pisa");
        assertEquals("Total params: 1,029,223 (trainable 1,027,559, non-trainable 1,664)", vm.totalParamsProperty().get());
        assertEquals(Presets.get("pisa"), context.get(), "a valid spec is published");
        assertEquals(25, vm.rows().size());
        LayerRow bn = vm.rows().get(1);
        assertEquals("batch_normalization", bn.name());
        assertEquals("(None, 48, 48, 32)", bn.outputShape());
        assertEquals(64, bn.trainableParams());
        assertEquals(64, bn.nonTrainableParams());
        assertEquals("128", bn.paramsText());
        assertTrue(vm.summaryProperty().get().contains("Total params: 1,029,223"), vm.summaryProperty().get());
        assertEquals("pisa", vm.matchingPresetProperty().get());
    }

    @Test
    void addRemoveMoveAndEditRoundTripThroughUndoAndRedo() {
        vm.select(0);
        vm.addLayer(LayerKind.DROPOUT);
        assertEquals(new Dropout(0.25), vm.spec().layers().get(1));
        assertEquals(1, vm.selectedIndexProperty().get(), "the new layer is selected");
        ModelSpec added = vm.spec();

        vm.moveSelected(+1);
        assertEquals(new Dropout(0.25), vm.spec().layers().get(2));
        assertEquals(2, vm.selectedIndexProperty().get());
        ModelSpec moved = vm.spec();

        assertTrue(vm.applySetting("rate", "0.4").isEmpty());
        assertEquals(new Dropout(0.4), vm.spec().layers().get(2));
        ModelSpec edited = vm.spec();

        vm.removeSelected();
        assertEquals(tiny.layers(), vm.spec().layers());
        assertEquals("Undo: remove layer 3 (Dropout)", vm.undoTextProperty().get());

        vm.undo();
        assertEquals(edited, vm.spec());
        vm.undo();
        assertEquals(moved, vm.spec());
        vm.undo();
        assertEquals(added, vm.spec());
        assertEquals(1, vm.selectedIndexProperty().get(), "undoing a move selects the layer where it was");
        vm.undo();
        assertEquals(tiny, vm.spec());
        assertFalse(vm.canUndoProperty().get());
        assertEquals("tiny", vm.matchingPresetProperty().get());

        vm.redo();
        vm.redo();
        assertEquals(moved, vm.spec());
        assertTrue(vm.canRedoProperty().get());
        assertEquals(moved, context.get(), "every valid state is published");
    }

    @Test
    void aNewLayerGoesBeforeOutputWhenOutputOrNothingIsSelected() {
        vm.select(6);
        vm.addLayer(LayerKind.DENSE);
        assertEquals(Dense.of(128), vm.spec().layers().get(6));
        assertTrue(vm.spec().layers().get(7) instanceof Output);
        assertTrue(vm.validProperty().get());
    }

    @Test
    void anInvalidValueIsRefusedAtTheFieldAndTheSpecStaysAsItWas() {
        vm.select(5);
        assertEquals("Units must be between 1 and 100,000, got 0", vm.applySetting("units", "0").orElseThrow());
        assertEquals("Units must be between 1 and 100,000, got 0", vm.fieldErrors().get("units"));
        assertEquals(tiny, vm.spec());
        assertFalse(vm.canUndoProperty().get(), "a refused value is no edit");
        assertTrue(vm.applySetting("units", "64").isEmpty());
        assertNull(vm.fieldErrors().get("units"));
        assertEquals(Dense.of(64), vm.spec().layers().get(5));
    }

    @Test
    void aKernelLargerThanItsInputIsAnErrorOnThatLayerOnly() {
        vm.select(2);
        vm.applySetting("padding", "valid");
        vm.applySetting("kernel", "25");
        assertFalse(vm.validProperty().get());
        List<LayerRow> rows = vm.rows();
        assertEquals(List.of(false, false, true, false, false, false, false),
                rows.stream().map(LayerRow::hasError).toList());
        assertEquals("Layer 3 (conv2d_1): a 25×25 'valid' convolution does not fit its 24×24 input", rows.get(2).error());
        assertEquals(rows.get(2).error(), vm.errorProperty().get());
        assertEquals("(None, 24, 24, 8)", rows.get(1).outputShape(), "layers before it keep their shapes");
        assertEquals(LayerRow.UNKNOWN, rows.get(3).outputShape());
        assertTrue(vm.totalParamsProperty().get().contains("fix the error"));

        ModelSpec lastValid = new ModelSpec("tiny", replace(tiny.layers(), 2, new Conv2D(16, 3, 1, Padding.VALID, null)));
        assertEquals(lastValid, context.get(), "the context keeps the last valid spec");
        assertTrue(vm.statusProperty().get().startsWith("Not used for training until the error is fixed"), vm.statusProperty().get());

        vm.select(5);
        assertTrue(vm.applySetting("units", "16").isEmpty(), "the rest stays editable");
        assertEquals(Dense.of(16), vm.spec().layers().get(5));

        vm.undo();
        vm.undo();
        assertTrue(vm.validProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertEquals(lastValid, context.get());
    }

    @Test
    void removingFlattenPutsTheErrorOnTheDenseLayer() {
        vm.select(4);
        vm.removeSelected();
        LayerRow dense = vm.rows().get(4);
        assertTrue(dense.hasError());
        assertTrue(dense.error().contains("add a Flatten before it"), dense.error());
        assertEquals(1, vm.rows().stream().filter(LayerRow::hasError).count());
    }

    @Test
    void anEmptyStackIsAnErrorOfTheModelNotOfALayer() {
        for (int i = 0; i < tiny.layers().size(); i++) {
            vm.select(0);
            vm.removeSelected();
        }
        assertTrue(vm.rows().isEmpty());
        assertEquals(-1, vm.selectedIndexProperty().get());
        assertTrue(vm.errorProperty().get().contains("no layers"));
        vm.addLayer(LayerKind.OUTPUT);
        assertTrue(vm.rows().get(0).hasError(), "Output on a 48×48 map needs a Flatten");
    }

    @Test
    void aModelSetByAnotherScreenIsShownAndCanBeUndone() {
        ModelSpec seed12 = Presets.get("seed12");
        context.set(seed12);
        assertEquals(seed12, vm.spec());
        assertEquals("seed12", vm.nameProperty().get());
        vm.undo();
        assertEquals(tiny, vm.spec());
        assertEquals(tiny, context.get());
    }

    @Test
    void renamingIsAnEditAndIsPublished() {
        vm.rename("  my model ");
        assertEquals("my model", vm.spec().name());
        assertEquals("my model", context.get().name());
        assertNull(vm.matchingPresetProperty().get());
        vm.undo();
        assertEquals("tiny", vm.nameProperty().get());
    }

    @Test
    void theHistoryKeepsOnlyItsCapacity() {
        ModelEditorViewModel small = new ModelEditorViewModel(context, 2);
        small.select(0);
        small.addLayer(LayerKind.BATCH_NORM);
        small.addLayer(LayerKind.DROPOUT);
        small.addLayer(LayerKind.CONV2D);
        small.undo();
        small.undo();
        assertFalse(small.canUndoProperty().get());
        assertEquals(8, small.spec().layers().size(), "the first add can no longer be undone");
    }

    @Test
    void dragAndDropMovesToTheDropIndex() {
        vm.move(5, 0);
        assertEquals(Dense.of(32), vm.spec().layers().get(0));
        assertTrue(vm.rows().get(0).hasError());
        vm.move(3, 3);
        vm.move(-1, 2);
        assertEquals(1, vm.history().undoSize(), "no-op moves make no command");
        vm.undo();
        assertEquals(tiny, vm.spec());
    }

    @Test
    void selectionFollowsTheDocument() {
        vm.select(3);
        LayerSpec pool = vm.selectedRowProperty().get().spec();
        assertTrue(pool instanceof MaxPool2D);
        assertEquals(List.of("pool", "stride"), vm.selectedFields().stream().map(LayerField::key).toList());
        vm.select(4);
        assertTrue(vm.selectedRowProperty().get().spec() instanceof Flatten);
        assertTrue(vm.selectedFields().isEmpty());
        vm.select(99);
        assertEquals(6, vm.selectedIndexProperty().get());
        assertSame(vm.rows().get(6), vm.selectedRowProperty().get());
    }

    private static List<LayerSpec> replace(List<LayerSpec> layers, int index, LayerSpec layer) {
        List<LayerSpec> copy = new java.util.ArrayList<>(layers);
        copy.set(index, layer);
        return copy;
    }
}
