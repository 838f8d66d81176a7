package org.emotionworkbench.ui.workspace;

import org.emotionworkbench.run.HistoryCsv;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Half-written run folders are listed with what is wrong with them; the others are listed as ever. */
class DamagedRunsTest {
    @TempDir
    Path tmp;

    private Path good(Workspace ws, String name) throws IOException {
        return RunFolderFixture.at(ws.runs().resolve(name)).ownTest(true, true, false).write();
    }

    private Map<String, RunEntry> scan(Workspace ws) {
        return RunsRepository.scan(ws.runs()).stream().collect(Collectors.toMap(RunEntry::name, Function.identity()));
    }

    private static void assertProblem(RunEntry e, String expected) {
        assertTrue(e.damaged(), e.name());
        assertTrue(e.problem().contains(expected), e.name() + ": " + e.problem());
    }

    @Test
    void everyKindOfHalfWrittenRunIsListedWithItsReasonBesideTheGoodOnes() throws IOException {
        Workspace ws = new Workspace(tmp).ensureExists();
        good(ws, "good");
        Path truncated = good(ws, "truncated-config");
        Files.writeString(truncated.resolve(RunFolder.CONFIG), "{\"model\": {\"name\": \"ti");
        Path noConfig = Files.createDirectories(ws.runs().resolve("no-config"));
        Files.writeString(noConfig.resolve(RunFolder.HISTORY), HistoryCsv.HEADER + "\n");
        Path history = good(ws, "garbage-history");
        Files.writeString(history.resolve(RunFolder.HISTORY), HistoryCsv.HEADER + "\n1,0.5,0.5,0.5,0.5,0.01,1.0\n\u0001\u0002garbage\n");
        Path report = good(ws, "corrupt-report");
        Files.writeString(report.resolve(RunFolder.REPORT_JSON), "{\"accuracy\": 0.4, \"cla");
        Path outcome = good(ws, "corrupt-outcome");
        Files.write(outcome.resolve(RunFolder.OUTCOME), new byte[]{0, 1, 2, (byte) 0xff});
        Path model = good(ws, "empty-model");
        Files.write(model.resolve(RunFolder.MODEL), new byte[0]);
        Files.createDirectories(ws.runs().resolve("not-a-run"));

        Map<String, RunEntry> runs = scan(ws);

        assertEquals(java.util.Set.of("good", "truncated-config", "no-config", "garbage-history", "corrupt-report",
                "corrupt-outcome", "empty-model"), runs.keySet());
        assertNull(runs.get("good").problem());
        assertTrue(runs.get("good").evaluated());
        assertProblem(runs.get("truncated-config"), "config.json cannot be read");
        assertNull(runs.get("truncated-config").config());
        assertProblem(runs.get("no-config"), "no config.json");
        assertProblem(runs.get("garbage-history"), "history.csv line 3 is not an epoch");
        assertProblem(runs.get("corrupt-report"), "report.json is not valid JSON");
        assertFalse(runs.get("corrupt-report").evaluated(), "a report cut short is no evaluation");
        assertProblem(runs.get("corrupt-outcome"), "outcome.json is not valid JSON");
        assertProblem(runs.get("empty-model"), "model.zip is empty (0 bytes)");
        assertFalse(runs.get("empty-model").hasModel(), "an empty model.zip is no model");
    }

    @Test
    void anAbsurdlyLargeConfigIsNotRead() throws IOException {
        Workspace ws = new Workspace(tmp).ensureExists();
        Path run = good(ws, "huge");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(run.resolve(RunFolder.CONFIG).toFile(), "rw")) {
            f.setLength(org.emotionworkbench.run.RunFileCheck.MAX_READ_BYTES + 1); // sparse: no time to write
        }
        RunEntry e = scan(ws).get("huge");
        assertProblem(e, "config.json cannot be read: it is " + (org.emotionworkbench.run.RunFileCheck.MAX_READ_BYTES + 1) + " bytes");
    }

    @Test
    void aHistoryWithGarbageLinesIsRefusedWithTheLineNotAStackTrace() throws IOException {
        Path f = Files.writeString(tmp.resolve("history.csv"), HistoryCsv.HEADER + "\n1,0.5\n");
        IOException e = assertThrows(IOException.class, () -> HistoryCsv.read(f));
        assertEquals("history.csv line 2 is not an epoch: '1,0.5'", e.getMessage());
    }
}
