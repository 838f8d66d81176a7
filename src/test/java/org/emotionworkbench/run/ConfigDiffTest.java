package org.emotionworkbench.run;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigDiffTest {
    private static RunConfig config(long seed, boolean augment, String created) {
        return RunFolderFixture.at(Path.of("unused")).seed(seed).augment(augment).created(created).config();
    }

    @Test
    void flatteningGivesDottedKeysWithTheLayerCount() {
        Map<String, String> flat = ConfigDiff.flatten(config(7, false, "2026-01-01T00:00:00Z"));
        assertEquals("tiny", flat.get("model.name"));
        assertEquals("7", flat.get("model.layerCount"));
        assertEquals("Conv2D", flat.get("model.layers[0].type"));
        assertEquals("7", flat.get("training.seed"));
        assertEquals("0.001", flat.get("training.learningRate"));
        assertEquals(ConfigDiff.NONE, flat.get("data.augmentation"));
        assertEquals("sha256:train7", flat.get("dataUsed.train.fingerprint"));
        List<String> keys = List.copyOf(flat.keySet());
        assertEquals(keys.indexOf("model.name") + 1, keys.indexOf("model.layerCount"));
    }

    @Test
    void onlyTheSeedAndWhatDependsOnItDifferBetweenTwoSeeds() {
        ConfigDiff d = ConfigDiff.of(List.of("a", "b"),
                List.of(config(1, false, "2026-01-01T00:00:00Z"), config(2, false, "2026-02-01T00:00:00Z")));
        assertEquals(List.of("training.seed", "dataUsed.train.fingerprint"),
                d.differing().stream().map(ConfigDiff.Row::key).toList());
        ConfigDiff.Row seed = d.differing().get(0);
        assertEquals(List.of("1", "2"), seed.values());
        ConfigDiff.Row created = d.rows().stream().filter(r -> r.key().equals("software.createdAt")).findFirst().orElseThrow();
        assertFalse(created.differs(), "the creation time always differs and is not a setting");
        assertTrue(d.rows().size() > 40);
    }

    @Test
    void augmentationPresentInOneRunShowsAsAbsentInTheOther() {
        ConfigDiff d = ConfigDiff.of(List.of("plain", "aug"),
                List.of(config(1, false, "x"), config(1, true, "x")));
        ConfigDiff.Row aug = d.rows().stream().filter(r -> r.key().equals("data.augmentation")).findFirst().orElseThrow();
        assertEquals(List.of(ConfigDiff.NONE, ConfigDiff.ABSENT), aug.values());
        assertTrue(aug.differs());
        ConfigDiff.Row rot = d.rows().stream().filter(r -> r.key().equals("data.augmentation.rotationRange"))
                .findFirst().orElseThrow();
        assertEquals(ConfigDiff.ABSENT, rot.values().get(0));
        assertEquals("10.0", rot.values().get(1));
    }

    @Test
    void anUnreadableConfigReadsAsUnknownEverywhere() {
        ConfigDiff d = ConfigDiff.of(List.of("ok", "broken"), java.util.Arrays.asList(config(1, false, "x"), null));
        assertTrue(d.rows().stream().allMatch(r -> r.values().get(1).equals(ConfigDiff.UNREADABLE)));
        assertTrue(d.differing().size() > 10);
    }

    @Test
    void anImportedRunBesideATrainedOneShowsItsSourceAndAbsentTrainingKeys() {
        RunConfig imported = RunFolderFixture.at(Path.of("unused")).imported("fer2013_mini_XCEPTION.00-0.47.hdf5").config();
        Map<String, String> flat = ConfigDiff.flatten(imported);
        assertEquals("fer2013_mini_XCEPTION.00-0.47.hdf5", flat.get("imported.sourceFile"));
        assertEquals("64", flat.get("imported.input.height"));
        assertEquals("neutral", flat.get("imported.classes[6]"));
        assertFalse(flat.containsKey("model.layerCount"), "no model spec, no layer count");
        assertFalse(flat.values().stream().anyMatch(v -> v.equals("null")), () -> "no 'null' shown: " + flat);

        ConfigDiff d = ConfigDiff.of(List.of("trained", "imported"), List.of(config(1, false, "x"), imported));
        ConfigDiff.Row seed = d.rows().stream().filter(r -> r.key().equals("training.seed")).findFirst().orElseThrow();
        assertEquals(List.of("1", ConfigDiff.ABSENT), seed.values());
        ConfigDiff.Row model = d.rows().stream().filter(r -> r.key().equals("model")).findFirst().orElseThrow();
        assertEquals(List.of(ConfigDiff.ABSENT, ConfigDiff.NONE), model.values(), "the imported run has no model spec");
        ConfigDiff.Row source = d.rows().stream().filter(r -> r.key().equals("imported.sourceFile")).findFirst().orElseThrow();
        assertEquals(List.of(ConfigDiff.ABSENT, "fer2013_mini_XCEPTION.00-0.47.hdf5"), source.values());
        assertTrue(source.differs());
    }
}
