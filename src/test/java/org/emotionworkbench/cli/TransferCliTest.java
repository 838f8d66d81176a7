package org.emotionworkbench.cli;

import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunModels;
import org.emotionworkbench.run.TransferredFrom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.emotionworkbench.cli.CliEndToEndTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** train --from: a run fine-tuned from another run is an ordinary run whose config names its parent and settings. */
class TransferCliTest {
    @TempDir
    static Path tmp;
    static Path parent;

    @BeforeAll
    static void trainParent() {
        parent = tmp.resolve("parent");
        CliEndToEndTest.Result r = cli("train", "--train", "sample-data", "--model", "tiny", "--epochs", "1",
                "--batch", "32", "--seed", "1", "--out", parent.toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void fineTunedRunRecordsItsParentAndOpensLikeAnyRun() throws Exception {
        Path child = tmp.resolve("child");
        CliEndToEndTest.Result r = cli("train", "--from", parent.toString(), "--freeze", "2",
                "--head", "dense:16,dropout:0.25", "--train", "sample-data", "--epochs", "1", "--batch", "32",
                "--out", child.toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("macro avg"), r.out());
        RunConfig config = RunConfig.read(child.resolve("config.json"));
        assertNull(config.model());
        assertEquals("fine-tuned parent", config.modelName());
        TransferredFrom t = config.transfer();
        assertEquals(TransferredFrom.RUN, t.parentKind());
        assertEquals(parent.toAbsolutePath().normalize().toString(), t.parentPath());
        assertEquals(64, t.parentSha256().length());
        assertEquals("2", t.freeze());
        assertEquals("dense:16,dropout:0.25,softmax", t.head());
        assertEquals(2, t.frozenLayers().size());
        assertTrue(t.trainableParameters() > 0 && t.trainableParameters() < t.parameters());
        assertEquals(1, config.training().maxEpochs());
        for (String f : List.of("history.csv", "model.zip", "report.json", "predictions.csv")) {
            assertTrue(Files.isRegularFile(child.resolve(f)), f);
        }
        try (LoadedModel m = RunModels.load(new RunFolder(child))) {
            assertEquals(InputSpec.NATIVE, m.input());
            assertEquals(ClassOrder.canonical(), m.classes());
            assertEquals(t.parameters(), m.parameterCount());
        }
    }

    @Test
    void transferOptionsWithoutFromAndFromWithModelAreRefused() {
        CliEndToEndTest.Result noFrom = cli("train", "--train", "sample-data", "--head", "dense:8",
                "--out", tmp.resolve("x").toString());
        assertNotEquals(0, noFrom.code());
        assertTrue(noFrom.err().contains("--from"), noFrom.err());
        CliEndToEndTest.Result both = cli("train", "--from", parent.toString(), "--model", "tiny",
                "--train", "sample-data", "--out", tmp.resolve("y").toString());
        assertNotEquals(0, both.code());
        assertTrue(both.err().contains("leave out --model"), both.err());
    }

    @Test
    void oldConfigFilesWithoutATransferRecordStillRead() throws Exception {
        RunConfig config = RunConfig.read(parent.resolve("config.json"));
        assertNull(config.transfer());
        assertEquals("tiny", config.modelName());
        String json = Files.readString(parent.resolve("config.json"));
        assertTrue(!json.contains("\"transfer\""), "a run trained from scratch writes no transfer record");
    }
}
