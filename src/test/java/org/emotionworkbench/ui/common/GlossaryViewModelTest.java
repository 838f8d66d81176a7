package org.emotionworkbench.ui.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlossaryViewModelTest {
    @Test
    void theFilterKeepsEntriesWhoseTermOrDefinitionContainsItIgnoringCase() {
        GlossaryViewModel vm = new GlossaryViewModel(Glossary.entries());
        assertEquals(Glossary.entries().size(), vm.shown().size());
        vm.filterProperty().set("  RECALL ");
        assertEquals(List.of("recall", "F1"), terms(vm));
        vm.filterProperty().set("heatmap");
        assertEquals(List.of("Grad-CAM"), terms(vm));
        vm.filterProperty().set("no such word");
        assertEquals(List.of(), terms(vm));
        vm.filterProperty().set("");
        assertEquals(Glossary.entries().size(), vm.shown().size());
    }

    private static List<String> terms(GlossaryViewModel vm) {
        return vm.shown().stream().map(Glossary.Entry::term).toList();
    }
}
