package org.emotionworkbench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLabelTest {
    @TempDir
    Path tmp;

    private RunConfig config(String trainRoot, long seed) throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("cfg-" + seed)).trainRoot(trainRoot).seed(seed).write();
        return RunConfig.read(run.resolve(RunFolder.CONFIG));
    }

    @Test
    void anUnnamedRunIsCalledByItsDataModelAndSeed() throws Exception {
        assertEquals("fer2013 · tiny · s42", RunLabel.NONE.shown(config("/data/fer2013/", 42), "tiny-fer-20260101-1010"));
        assertEquals("mix25 · tiny · s7", RunLabel.NONE.shown(config("/data/mix25.json", 7), "x"));
        assertEquals("folder-name", RunLabel.NONE.shown(null, "folder-name"), "no config: the folder's name");
    }

    @Test
    void anImportedRunIsCalledByItsFilesNameWithoutTheCheckpointSuffix() throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("imp")).imported("fer2013_mini_XCEPTION.00-0.47.hdf5").write();
        RunConfig c = RunConfig.read(run.resolve(RunFolder.CONFIG));
        assertTrue(c.wasImported());
        assertEquals("fer2013_mini_XCEPTION (Keras, imported)", RunLabel.NONE.shown(c, "imp"));
        assertEquals("fer2013_mini_XCEPTION (Keras)", c.modelName());
        assertNull(c.trainRoot());
        assertNull(c.seed());
        assertNull(c.maxEpochs());
        assertEquals("tiny_XCEPTION_KDEF", ImportedModel.shortName("tiny_XCEPTION_KDEF.hdf5"));
        assertEquals("weights", ImportedModel.shortName("/x/weights.12-1.03.h5"));
        assertEquals("model_64_64", ImportedModel.shortName("model_64_64.h5"));
        assertEquals("model", ImportedModel.shortName(" "));
        String json = c.toJson();
        assertFalse(json.contains("modelName") || json.contains("trainRoot") || json.contains("maxEpochs"),
                "the helpers are not written into config.json: " + json);
    }

    @Test
    void aTrainedRunsHelpersReadItsSettings() throws Exception {
        RunConfig c = config("/data/fer2013", 9);
        assertEquals("tiny", c.modelName());
        assertEquals("/data/fer2013", c.trainRoot());
        assertEquals(9L, c.seed());
        assertEquals(3, c.maxEpochs());
    }

    @Test
    void theUsersLabelWinsAndIsOneTrimmedLine() throws Exception {
        RunLabel l = new RunLabel("  real faces,\n  baseline  ", "");
        assertEquals("real faces, baseline", l.label());
        assertEquals("real faces, baseline", l.shown(config("/data/fer2013", 1), "x"));
        assertNull(new RunLabel("   ", null).label(), "blank means unnamed");
        assertEquals(RunLabel.MAX_LENGTH, new RunLabel("x".repeat(500), "").label().length());
    }

    @Test
    void labelAndNotesSurviveAWriteAndRead() throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("run")).write();
        assertEquals(RunLabel.NONE, RunLabel.read(run));
        new RunLabel("baseline", "lr too high?\nretry with 1e-4").write(run);
        RunLabel back = RunLabel.read(run);
        assertEquals("baseline", back.label());
        assertEquals("lr too high?\nretry with 1e-4", back.notes());
        back.withLabel(null).write(run);
        assertNull(RunLabel.read(run).label());
        assertEquals("lr too high?\nretry with 1e-4", RunLabel.read(run).notes());
        RunLabel.NONE.write(run);
        assertFalse(Files.exists(run.resolve(RunFolder.LABEL)), "nothing to keep: no file");
    }

    @Test
    void aDamagedLabelFileReadsAsUnnamedAndANonRunIsRefused() throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("run")).write();
        Files.writeString(run.resolve(RunFolder.LABEL), "{not json");
        assertEquals(RunLabel.NONE, RunLabel.read(run));
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertThrows(IllegalArgumentException.class, () -> new RunLabel("x", "").write(plain));
        assertTrue(Files.notExists(plain.resolve(RunFolder.LABEL)));
    }

    @Test
    void anAbsurdlyLargeLabelFileIsNotRead() throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("big")).write();
        String padded = "{\"label\": \"mine\"" + " ".repeat((int) RunLabel.MAX_FILE_BYTES) + "}";
        java.nio.file.Files.writeString(run.resolve(RunFolder.LABEL), padded);
        assertEquals(RunLabel.NONE, RunLabel.read(run));
        java.nio.file.Files.writeString(run.resolve(RunFolder.LABEL), "{\"label\": \"mine\"}");
        assertEquals("mine", RunLabel.read(run).label());
    }
}
