package org.emotionworkbench.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelDiagnosisTest {

    @Test
    void aValidSpecIsFullyAnalysedWithTheSameFiguresAsModelAnalysis() {
        ModelSpec pisa = Presets.get("pisa");
        ModelDiagnosis d = ModelDiagnosis.of(pisa);
        assertTrue(d.valid());
        assertNull(d.error());
        assertEquals(pisa.layers().size(), d.analysed().size());
        assertEquals(1_029_223, d.analysis().orElseThrow().totalParams());
        assertEquals(pisa.analyse(), d.orThrow());
    }

    @Test
    void anInvalidSpecKeepsTheLayersBeforeTheOffendingOne() {
        ModelSpec spec = new ModelSpec("x", List.of(Conv2D.of(4), MaxPool2D.of(2),
                new Conv2D(4, 30, 1, Padding.VALID, Activation.RELU), new Flatten(), Output.emotions()));
        ModelDiagnosis d = ModelDiagnosis.of(spec);
        assertFalse(d.valid());
        assertEquals(2, d.error().layerIndex());
        assertTrue(d.error().getMessage().startsWith("layer 3 (conv2d_1): a 30×30 'valid' convolution"), d.error().getMessage());
        assertEquals(2, d.analysed().size());
        assertEquals(TensorShape.map(24, 24, 4), d.analysed().get(1).output());
        assertTrue(d.analysis().isEmpty());
        InvalidModelException thrown = assertThrows(InvalidModelException.class, spec::analyse);
        assertEquals(d.error().getMessage(), thrown.getMessage());
    }

    @Test
    void anEmptyStackIsNotOneLayersProblem() {
        ModelDiagnosis d = ModelDiagnosis.of(new ModelSpec("empty", List.of()));
        assertEquals(-1, d.error().layerIndex());
        assertTrue(d.analysed().isEmpty());
    }

    @Test
    void writeThenReadGivesTheSameSpec(@TempDir Path tmp) throws Exception {
        ModelSpec tiny = Presets.get("tiny");
        Path file = tmp.resolve("tiny.json");
        tiny.write(file);
        assertEquals(tiny, ModelSpec.read(file));
    }
}
