package org.emotionworkbench.ui.common;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryTest {
    /** The terms a student meets on the workbench's screens and in its reports. */
    private static final List<String> TERMS = List.of("accuracy", "precision", "recall", "F1", "macro average",
            "weighted average", "support", "confusion matrix", "epoch", "batch", "learning rate", "early stopping",
            "class weights", "augmentation", "Grad-CAM", "calibration (ECE)", "McNemar test", "bootstrap interval",
            "FGSM");

    @Test
    void everyTermHasAShortPlainDefinition() {
        for (String term : TERMS) {
            String d = Glossary.definition(term);
            assertFalse(d.isBlank(), term);
            assertTrue(d.length() <= 260, term + " has a " + d.length() + "-character definition: keep it short");
            assertTrue(d.endsWith("."), term + ": a definition is a sentence");
        }
        assertEquals(TERMS, Glossary.entries().stream().map(Glossary.Entry::term).toList());
    }

    @Test
    void termsAreUniqueAndFoundWhateverTheirCase() {
        Set<String> seen = new HashSet<>();
        Glossary.entries().forEach(e -> assertTrue(seen.add(e.term().toLowerCase()), "twice: " + e.term()));
        assertEquals(Glossary.definition("Grad-CAM"), Glossary.definition("grad-cam"));
    }

    @Test
    void anUnknownTermIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glossary.definition("dropout rate"));
        assertTrue(e.getMessage().contains("dropout rate"), e.getMessage());
    }

    @Test
    void aTooltipForSeveralTermsGivesEachDefinitionInTurn() {
        assertEquals("F1: " + Glossary.definition("F1") + "\n\nmacro average: " + Glossary.definition("macro average"),
                Glossary.tooltipText("F1", "macro average"));
    }
}
