package org.emotionworkbench.study;

import org.emotionworkbench.model.Presets;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudySweepSpecTest {
    @TempDir
    Path tmp;

    private Path write(String sweep) throws Exception {
        Files.createDirectories(tmp.resolve("faces"));
        Path f = tmp.resolve("study.json");
        Files.writeString(f, """
                {"name": "sw", "model": "tiny",
                 "training": {"maxEpochs": 30, "batchSize": 64, "learningRate": 0.001},
                 "seeds": [1, 2],
                 "sources": [{"name": "real", "data": "faces"}, {"name": "syn", "data": "faces"}]%s}
                """.formatted(sweep == null ? "" : ", \"sweep\": " + sweep));
        return f;
    }

    @Test
    void everyCombinationTimesSourceTimesSeedIsARunWithAReadableFolderAndItsOwnSettings() throws Exception {
        StudySpec spec = StudySpec.read(write("{\"maxEpochs\": [40, 50, 60], \"batchSize\": [32, 64], "
                + "\"learningRate\": [0.001, 0.0005]}"));
        List<Sweep.Combination> combos = spec.combinations();
        assertEquals(12, combos.size());
        assertEquals(12 * 2 * 2, spec.runCount());
        assertEquals("e40-b32-lr0.001", combos.get(0).label());
        assertEquals("e60-b64-lr0.0005", combos.get(11).label());
        StudyLayout layout = new StudyLayout(tmp.resolve("out"));
        assertEquals("real-e50-b64-lr0.0005-s2", layout.run("real", combos.get(7), 2).getFileName().toString());
        assertEquals(tmp.resolve("out/runs/syn-e40-b32-lr0.001-s1/evaluations/x"),
                layout.evaluation("syn", combos.get(0), 1, "x"));
        TrainingOptions t = spec.trainingFor(combos.get(7), 2);
        assertEquals(50, t.maxEpochs());
        assertEquals(64, t.batchSize());
        assertEquals(0.0005, t.learningRate());
        assertEquals(2, t.seed());
        assertEquals(Map.of("maxEpochs", 50, "batchSize", 64, "learningRate", 0.0005), combos.get(7).values());
        assertEquals(List.of("maxEpochs", "batchSize", "learningRate"), spec.sweep().axes());
    }

    @Test
    void aPartialSweepKeepsTheStudysOtherSettings() throws Exception {
        StudySpec spec = StudySpec.read(write("{\"batchSize\": [32, 128]}"));
        assertEquals(List.of("b32", "b128"), spec.combinations().stream().map(Sweep.Combination::label).toList());
        TrainingOptions t = spec.trainingFor(spec.combinations().get(1), 1);
        assertEquals(30, t.maxEpochs());
        assertEquals(128, t.batchSize());
        assertEquals(0.001, t.learningRate());
        assertEquals("syn-b128-s1", new StudyLayout(tmp).run("syn", spec.combinations().get(1), 1)
                .getFileName().toString());
    }

    @Test
    void withoutASweepFoldersAndTheSpecJsonAreAsBefore() throws Exception {
        StudySpec spec = StudySpec.read(write(null));
        assertNull(spec.sweep());
        assertEquals(List.of(Sweep.Combination.NONE), spec.combinations());
        assertEquals(4, spec.runCount());
        assertEquals(tmp.resolve("runs/real-s1"), new StudyLayout(tmp).run("real", Sweep.Combination.NONE, 1));
        assertFalse(spec.toJson().contains("sweep"), spec.toJson()); // study.json of old studies still matches
        StudySpec swept = StudySpec.read(write("{\"maxEpochs\": [1, 2]}"));
        assertTrue(swept.toJson().contains("\"sweep\""));
        assertEquals(swept, StudySpec.JSON.readValue(swept.toJson(), StudySpec.class));
    }

    private String error(String sweep) throws Exception {
        Path f = write(sweep);
        return assertThrows(IllegalArgumentException.class, () -> StudySpec.read(f)).getMessage();
    }

    @Test
    void badSweepsGetOneMessageNamingTheKey() throws Exception {
        assertTrue(error("{\"epochs\": [1, 2]}").contains("sweep key \"epochs\" is unknown"), error("{\"epochs\": [1]}"));
        assertTrue(error("{\"maxEpochs\": []}").contains("sweep \"maxEpochs\" is an empty list"));
        assertTrue(error("{\"batchSize\": [32, 0]}").contains("sweep \"batchSize\" values must be positive, got 0"));
        assertTrue(error("{\"learningRate\": [-0.1]}").contains("sweep \"learningRate\" values must be positive"));
        assertTrue(error("{\"maxEpochs\": [40, 50, 40]}").contains("sweep \"maxEpochs\" lists 40 twice"));
        assertTrue(error("{\"maxEpochs\": [40.5]}").contains("sweep \"maxEpochs\" values must be positive whole numbers"));
        assertTrue(error("{\"maxEpochs\": 40}").contains("sweep \"maxEpochs\" is a list"));
        assertTrue(error("{}").contains("\"sweep\" is empty"));
        assertTrue(error("{\"learningRate\": [0.001, 0.0010]}").contains("lists 0.001 twice"));
    }

    @Test
    void theEstimateCountsEveryCombinationAndEachOnesEpochs() throws Exception {
        StudySpec plain = new StudySpec("p", Presets.get("tiny"), TrainingOptions.of(10, 32, 1e-3, 0), List.of(1L, 2L),
                List.of(new StudySpec.Source("a", "x", false, null, null, null)), List.of());
        StudySpec swept = new StudySpec("p", Presets.get("tiny"), TrainingOptions.of(10, 32, 1e-3, 0), List.of(1L, 2L),
                List.of(new StudySpec.Source("a", "x", false, null, null, null)), List.of(), null,
                new Sweep(List.of(10, 20, 30), List.of(32, 64), null));
        List<StudyEstimate.Cost> costs = StudyEstimate.costs(plain);
        StudyEstimate one = StudyEstimate.of(plain, costs, List.of(400), 100);
        StudyEstimate all = StudyEstimate.of(swept, costs, List.of(400), 100);
        assertEquals(2, one.runs());
        assertEquals(12, all.runs());
        assertTrue(all.describe().startsWith("12 runs"), all.describe());
        // epochs 10 + 20 + 30, twice (two batch sizes): 12 × the one-combination training work, plus evaluations
        assertEquals(12 * one.seconds(), all.seconds(), 0.05 * 12 * one.seconds());
        assertTrue(all.seconds() > 11 * one.seconds());
    }
}
