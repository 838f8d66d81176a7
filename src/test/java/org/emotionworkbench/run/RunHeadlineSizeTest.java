package org.emotionworkbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Compare screen's headlines and learning curves read no run file whole past {@link RunFileCheck#MAX_READ_BYTES}:
 * an oversized report.json, outcome.json, config.json or history.csv is named as the row's problem, as a damaged one is.
 */
class RunHeadlineSizeTest {
    @TempDir
    Path tmp;

    /** Makes {@code file} one byte over the limit, sparse (no disk used, and nothing but zeros in it). */
    private static void oversize(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(RunFileCheck.MAX_READ_BYTES + 1);
        }
    }

    @Test
    void oversizedReportAndOutcomeAreNamedNotRead() throws IOException {
        Path run = RunFolderFixture.at(tmp.resolve("big")).label("big").ownTest(true, false).write();
        assertNull(RunHeadline.ofRun(run).problem(), "the fixture is a sound run");
        oversize(run.resolve(RunFolder.REPORT_JSON));
        oversize(run.resolve(RunFolder.OUTCOME));
        RunHeadline h = RunHeadline.ofRun(run);
        String tooLarge = (RunFileCheck.MAX_READ_BYTES + 1) + " bytes, too large for a run's ";
        assertTrue(h.problem().contains("unreadable report.json: report.json is " + tooLarge + "report.json"), h.problem());
        assertTrue(h.problem().contains("unreadable outcome.json: outcome.json is " + tooLarge + "outcome.json"), h.problem());
        assertNull(h.accuracy());
        assertEquals("big", h.label().label(), "the rest of the row is still read");

        oversize(run.resolve(RunFolder.CONFIG));
        assertTrue(RunHeadline.ofRun(run).problem().contains("config.json is " + tooLarge), RunHeadline.ofRun(run).problem());
    }

    @Test
    void anOversizedHistoryIsRefusedBeforeItIsRead() throws IOException {
        Path history = tmp.resolve(RunFolder.HISTORY);
        oversize(history);
        IOException e = assertThrows(IOException.class, () -> HistoryCsv.read(history));
        assertTrue(e.getMessage().contains("history.csv is " + (RunFileCheck.MAX_READ_BYTES + 1) + " bytes"), e.getMessage());
    }
}
