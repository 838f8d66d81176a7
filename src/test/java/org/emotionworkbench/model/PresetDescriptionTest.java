package org.emotionworkbench.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresetDescriptionTest {
    @Test
    void everyPresetHasAOneLineDescription() {
        for (String name : Presets.names()) {
            String d = Presets.description(name);
            assertTrue(!d.isBlank() && !d.contains("\n") && d.length() <= 100, name + ": '" + d + "'");
        }
    }

    @Test
    void theDescriptionsSayWhereEachPresetComesFrom() {
        assertTrue(Presets.description("pisa").startsWith("the Pisa report's CNN"));
        for (int v = 1; v <= 8; v++) {
            assertTrue(Presets.description("pisa-" + v).startsWith("Pisa report Table 1, variant " + v + ":"));
        }
        assertTrue(Presets.description("pisa-5").contains("(= pisa)"));
        assertEquals(Presets.get("pisa").layers(), Presets.get("pisa-5").layers(), "pisa-5 is pisa, as its description says");
        assertTrue(Presets.description("seed12").contains("12-layer"));
        assertTrue(Presets.description("tiny").contains("seconds"));
    }

    @Test
    void anUnknownPresetIsRefusedWithTheList() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> Presets.description("resnet"));
        assertTrue(e.getMessage().contains("resnet") && e.getMessage().contains("tiny"), e.getMessage());
    }
}
