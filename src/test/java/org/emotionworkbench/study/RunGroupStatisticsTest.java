package org.emotionworkbench.study;

import org.emotionworkbench.run.RunFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.emotionworkbench.run.RunFolderFixture.rightFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunGroupStatisticsTest {
    @TempDir
    Path tmp;

    private RunResults run(String name, String root, boolean[] correct) throws Exception {
        return RunResults.load(RunFolderFixture.at(tmp.resolve(name)).trainRoot(root).ownTest(correct).write());
    }

    @Test
    void meanOverSeedsWithAJointBootstrapInterval() throws Exception {
        RunResults a = run("a", "/d", rightFirst(70, 35));
        RunResults b = run("b", "/d", rightFirst(70, 49));
        RunGroupStatistics g = RunGroupStatistics.of(List.of(a, b), 200, 1);
        assertTrue(g.sameImages());
        assertEquals(0.6, g.accuracy().mean(), 1e-12);
        assertEquals(Math.sqrt(2 * 0.1 * 0.1), g.accuracy().sd(), 1e-12);
        assertEquals(0.6, g.accuracyCi().estimate(), 1e-12);
        assertTrue(g.accuracyCi().lower() < 0.6 && g.accuracyCi().upper() > 0.6);
        assertEquals(g.macroF1().mean(), g.macroF1Ci().estimate(), 1e-12);
        assertEquals(g.macroPrecision().mean(), g.macroPrecisionCi().estimate(), 1e-12);
        assertEquals(g, RunGroupStatistics.of(List.of(a, b), 200, 1), "seeded");
    }

    @Test
    void aGroupOfOneHasTheRunsOwnBootstrapInterval() throws Exception {
        RunResults a = run("a", "/d", rightFirst(70, 40));
        RunComparison c = RunComparison.of(List.of(a), 200, 3);
        RunGroupStatistics g = RunGroupStatistics.of(List.of(a), 200, 3);
        assertEquals(c.rows().get(0).accuracy(), g.accuracyCi());
        assertEquals(c.rows().get(0).macroF1(), g.macroF1Ci());
        assertEquals(c.rows().get(0).macroPrecision(), g.macroPrecisionCi());
    }

    @Test
    void runsOnDifferentImagesHaveNoJointInterval() throws Exception {
        RunGroupStatistics g = RunGroupStatistics.of(List.of(run("a", "/d", rightFirst(70, 35)),
                run("b", "/e", rightFirst(70, 35))), 100, 1);
        assertFalse(g.sameImages());
        assertNull(g.accuracyCi());
        assertEquals(0.5, g.accuracy().mean(), 1e-12);
    }

    @Test
    void summaryOverLoadedResultsHasCellsAndPairedTests() throws Exception {
        RunResults a1 = run("a1", "/d", rightFirst(70, 35));
        RunResults a2 = run("a2", "/d", rightFirst(70, 42));
        RunResults b1 = run("b1", "/d", rightFirst(70, 63));
        Map<String, Map<String, Map<Long, RunResults>>> results = new LinkedHashMap<>();
        results.put("a", Map.of("own-test", new LinkedHashMap<>(Map.of(1L, a1, 2L, a2))));
        results.put("b", Map.of("own-test", Map.of(1L, b1)));
        StudySummary s = StudySummary.of("adhoc", List.of("own-test"), results, Map.of("a", 0.0, "b", 1.0), 100, 1);
        assertEquals(List.of("a", "b"), s.sources());
        assertEquals(2, s.cell("a", "own-test").seeds());
        assertEquals(0.55, s.cell("a", "own-test").accuracy().mean(), 1e-12);
        assertEquals(1, s.tests().size());
        assertEquals(1L, s.tests().get(0).seed());
        assertEquals(28, s.tests().get(0).test().onlyB());
        assertEquals(List.of(0.0, 1.0), s.fractionCurve().stream().map(StudySummary.FractionPoint::syntheticFraction).toList());
        assertTrue(StudyReportHtml.render(s).contains("McNemar"));
    }
}
