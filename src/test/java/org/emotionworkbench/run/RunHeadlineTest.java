package org.emotionworkbench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunHeadlineTest {
    @TempDir
    Path tmp;

    @Test
    void aRunAndItsEvaluationsHaveTheirReportsFigures() throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("runs/tiny-s1")).seed(1).epochs(4)
                .ownTest(RunFolderFixture.rightFirst(14, 7))
                .evaluation("other", "/data/other", RunFolderFixture.rightFirst(14, 14)).write();
        List<RunHeadline> all = RunHeadline.withEvaluations(run);
        assertEquals(2, all.size());
        RunHeadline own = all.get(0);
        assertEquals("faces · tiny · s1", own.name(), "unnamed: data, model and seed");
        assertEquals("tiny-s1", own.runName());
        assertTrue(own.isOwnTest());
        assertEquals(0.5, own.accuracy(), 1e-12);
        assertEquals(4, own.epochsTrained());
        assertEquals("completed", own.stopReason());
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"), own.created());
        assertTrue(own.hasPredictions());
        assertNull(own.problem());
        RunHeadline other = all.get(1);
        assertEquals("faces · tiny · s1 → other", other.name());
        new RunLabel("baseline", "").write(run);
        assertEquals("baseline → other", RunHeadline.ofEvaluation(run, "other").name());
        assertEquals(1.0, other.accuracy(), 1e-12);
        assertEquals(1L, other.config().training().seed());
    }

    @Test
    void aRunWithoutReportIsListedAsNotEvaluated() throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("bare")).write();
        RunHeadline h = RunHeadline.ofRun(run);
        assertFalse(h.evaluated());
        assertNotNull(h.config());
        assertTrue(h.problem().contains("not evaluated"), h.problem());
    }

    @Test
    void aDamagedConfigIsAProblemNotAnException() throws Exception {
        Path run = tmp.resolve("damaged");
        Files.createDirectories(run);
        Files.writeString(run.resolve(RunFolder.CONFIG), "{ not json");
        RunHeadline h = RunHeadline.ofRun(run);
        assertNull(h.config());
        assertTrue(h.problem().contains("unreadable config.json"), h.problem());
    }

    @Test
    void runsAreFoundInStudyAndRunsFoldersButNotInsideARun() throws Exception {
        RunFolderFixture.at(tmp.resolve("study/runs/a-s1")).ownTest(true).evaluation("x", "/x", true).write();
        RunFolderFixture.at(tmp.resolve("study/runs/a-s2")).ownTest(true).write();
        RunFolderFixture.at(tmp.resolve("loose")).ownTest(true).write();
        assertEquals(List.of(tmp.resolve("loose"), tmp.resolve("study/runs/a-s1"), tmp.resolve("study/runs/a-s2")),
                RunHeadline.findRuns(tmp, 3));
        assertEquals(List.of(tmp.resolve("loose")), RunHeadline.findRuns(tmp, 1));
        assertEquals(List.of(tmp.resolve("loose")), RunHeadline.findRuns(tmp.resolve("loose"), 0));
    }
}
