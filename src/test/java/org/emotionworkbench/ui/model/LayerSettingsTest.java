package org.emotionworkbench.ui.model;

import org.emotionworkbench.model.Activation;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.Flatten;
import org.emotionworkbench.model.LayerSpec;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.model.Padding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerSettingsTest {

    @Test
    void eachSettingMakesAnEditedCopy() {
        Conv2D conv = Conv2D.of(32);
        assertEquals(new Conv2D(32, 5, 1, Padding.SAME, Activation.RELU), LayerSettings.apply(conv, "kernel", " 5 "));
        assertEquals(new Conv2D(32, 3, 2, Padding.VALID, Activation.RELU),
                LayerSettings.apply(LayerSettings.apply(conv, "stride", "2"), "padding", "valid"));
        assertEquals(new Dense(64, Activation.TANH), LayerSettings.apply(Dense.of(64), "activation", "tanh"));
        assertEquals(new MaxPool2D(3, 2), LayerSettings.apply(MaxPool2D.of(2), "pool", "3"));
        assertEquals(new BatchNorm(1e-5, 0.99), LayerSettings.apply(BatchNorm.keras(), "epsilon", "0,00001"));
        assertEquals(new Dropout(0.4), LayerSettings.apply(new Dropout(0.2), "rate", "0.4"));
        assertEquals(Conv2D.of(32), conv, "the original is untouched");
    }

    @Test
    void invalidValuesGiveAMessageForTheField() {
        assertMessage("units must be between 1 and 100,000, got 0", Dense.of(8), "units", "0");
        assertMessage("kernel must be a whole number, e.g. 3 (not 'three')", Conv2D.of(8), "kernel", "three");
        assertMessage("filters must be a whole number, e.g. 32", Conv2D.of(8), "filters", "");
        assertMessage("stride must be at least 1, got 0", MaxPool2D.of(2), "stride", "0");
        assertMessage("rate must be a fraction from 0 up to (not including) 1, e.g. 0.25; got 1", new Dropout(0.2), "rate", "1");
        assertMessage("momentum must be a fraction between 0 and (not including) 1, e.g. 0.99; got 0", BatchNorm.keras(), "momentum", "0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerSettings.apply(Conv2D.of(8), "padding", "full"));
        assertTrue(e.getMessage().contains("'same' or 'valid'"), e.getMessage());
    }

    private static void assertMessage(String expected, LayerSpec layer, String key, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerSettings.apply(layer, key, text));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void theFormShowsTheDropoutRateAsTheFractionDropped() {
        List<LayerField> fields = LayerSettings.fields(new Dropout(0.2));
        assertEquals(1, fields.size());
        assertEquals("0.2", fields.get(0).value());
        assertTrue(fields.get(0).hint().contains("FRACTION OF UNITS DROPPED"));
        assertEquals("drops 20% (rate 0.2)", LayerSettings.summary(new Dropout(0.2)));
    }

    @Test
    void fieldsAndSummariesFollowTheLayerType() {
        assertEquals(List.of("filters", "kernel", "stride", "padding", "activation"),
                LayerSettings.fields(Conv2D.of(8)).stream().map(LayerField::key).toList());
        assertEquals(List.of(), LayerSettings.fields(new Flatten()));
        assertEquals(List.of(), LayerSettings.fields(Output.emotions()));
        assertEquals("32 filters 3×3, stride 1, same, relu", LayerSettings.summary(Conv2D.of(32)));
        assertEquals("ε 0.001, momentum 0.99", LayerSettings.summary(BatchNorm.keras()));
        assertEquals("7 emotions, softmax", LayerSettings.summary(Output.emotions()));
        for (LayerKind k : LayerKind.values()) {
            assertEquals(k, LayerKind.of(k.create()));
        }
    }
}
