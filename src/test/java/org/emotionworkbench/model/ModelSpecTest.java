package org.emotionworkbench.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelSpecTest {

    @Test
    void everyPresetSurvivesAJsonRoundTrip() {
        for (String name : Presets.names()) {
            ModelSpec spec = Presets.get(name);
            assertEquals(spec, ModelSpec.fromJson(spec.toJson()), name);
        }
    }

    @Test
    void handWrittenSpecGetsKerasDefaults() {
        ModelSpec spec = ModelSpec.fromJson("""
                {"name": "mine", "layers": [
                  {"type": "Conv2D", "filters": 4, "kernel": 3},
                  {"type": "MaxPool2D"},
                  {"type": "BatchNorm"},
                  {"type": "Flatten"},
                  {"type": "Output"}]}""");
        assertEquals(new Conv2D(4, 3, 1, Padding.SAME, Activation.RELU), spec.layers().get(0));
        assertEquals(MaxPool2D.of(2), spec.layers().get(1));
        assertEquals(BatchNorm.keras(), spec.layers().get(2));
        assertEquals(24 * 24 * 4 * 7 + 7 + 40 + 16, spec.analyse().totalParams());
    }

    @Test
    void poolingA1x1MapNamesTheOffendingLayer() {
        List<LayerSpec> layers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            layers.add(MaxPool2D.of(2));
        }
        layers.add(new Flatten());
        layers.add(Output.emotions());
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new ModelSpec("deep", layers).analyse());
        assertEquals(5, e.layerIndex());
        assertTrue(e.getMessage().startsWith("layer 6 (max_pooling2d_5): cannot pool a 1×1 map"), e.getMessage());
    }

    @Test
    void denseOnAFeatureMapAsksForFlatten() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new ModelSpec("x", List.of(Conv2D.of(4), Dense.of(8), Output.emotions())).analyse());
        assertTrue(e.getMessage().contains("layer 2 (dense)") && e.getMessage().contains("add a Flatten"), e.getMessage());
    }

    @Test
    void stackMustEndInOutput() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new ModelSpec("x", List.of(new Flatten(), Dense.of(8))).analyse());
        assertTrue(e.getMessage().contains("the last layer must be Output"), e.getMessage());
        assertThrows(InvalidModelException.class, () -> new ModelSpec("x", List.of()).analyse());
    }

    @Test
    void invalidValuesAndUnknownFieldsAreRejectedWithTheirName() {
        InvalidModelException neg = assertThrows(InvalidModelException.class, () -> ModelSpec.fromJson(
                "{\"layers\":[{\"type\":\"Conv2D\",\"filters\":-3,\"kernel\":3},{\"type\":\"Flatten\"},{\"type\":\"Output\"}]}"));
        assertTrue(neg.getMessage().contains("Conv2D filters must be positive"), neg.getMessage());
        InvalidModelException unknown = assertThrows(InvalidModelException.class, () -> ModelSpec.fromJson(
                "{\"layers\":[{\"type\":\"Conv3D\"}]}"));
        assertTrue(unknown.getMessage().contains("Conv3D"), unknown.getMessage());
        assertThrows(InvalidModelException.class, () -> ModelSpec.fromJson("not json"));
    }

    @Test
    void summaryShowsShapesAndKerasTotals() {
        String text = ModelSummary.render(Presets.get("pisa").analyse());
        assertTrue(text.contains("conv2d (Conv2D)"), text);
        assertTrue(text.contains("(None, 3, 3, 256)"), text);
        assertTrue(text.contains("Total params: 1,029,223"), text);
        assertTrue(text.contains("Trainable params: 1,027,559"), text);
        assertTrue(text.contains("Non-trainable params: 1,664"), text);
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> Presets.get("resnet"));
        assertTrue(e.getMessage().contains("pisa-8") && e.getMessage().contains("tiny"), e.getMessage());
    }
}
