package org.emotionworkbench.study;

import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.emotionworkbench.run.RunFolderFixture.rightFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary of a swept study, over run folders written by hand (no training). */
class StudySweepSummaryTest {
    @TempDir
    Path tmp;

    /** Sources a and b, seeds 1 and 2, maxEpochs 10 and 20; a-e20 is 10 images better than a-e10 per seed. */
    private StudySpec writeStudy() throws Exception {
        StudySpec spec = new StudySpec("sw", Presets.get("tiny"), TrainingOptions.of(5, 32, 1e-3, 0), List.of(1L, 2L),
                List.of(new StudySpec.Source("a", "/d", false, null, null, null),
                        new StudySpec.Source("b", "/d", false, null, null, null)),
                List.of(new StudySpec.EvaluationSet("ev", "/e")), null, new Sweep(List.of(10, 20), null, null));
        StudyLayout layout = new StudyLayout(tmp);
        Map<String, Integer> right = Map.of("a-e10", 28, "a-e20", 38, "b-e10", 42, "b-e20", 49);
        for (Sweep.Combination c : spec.combinations()) {
            for (String source : List.of("a", "b")) {
                for (long seed : spec.seeds()) {
                    int r = right.get(source + "-" + c.label()) + (seed == 2 ? 7 : 0); // seeds differ by 7 of 70
                    RunFolderFixture.at(layout.run(source, c, seed)).seed(seed).epochs(c.maxEpochs()).trainRoot("/d")
                            .ownTest(rightFirst(70, r)).evaluation("ev", "/e", rightFirst(70, r)).write();
                }
            }
        }
        return spec;
    }

    @Test
    void aPointPerEvaluationSourceAndCombinationWithMeanSdAndIntervals() throws Exception {
        StudySummary s = StudySummary.of(writeStudy(), tmp, 200, 1);
        assertEquals(List.of("maxEpochs"), s.sweepAxes());
        List<StudySummary.SweepPoint> ev = s.sweep("ev");
        assertEquals(List.of("a e10", "b e10", "a e20", "b e20"),
                ev.stream().map(p -> p.source() + " " + p.combination()).toList());
        StudySummary.SweepPoint a20 = ev.get(2);
        assertEquals(Map.of("maxEpochs", 20), a20.settings());
        assertEquals(2, a20.seeds());
        assertEquals((38 + 45) / 140.0, a20.accuracy().mean(), 1e-12);
        assertEquals(7 / 70.0 / Math.sqrt(2), a20.accuracy().sd(), 1e-12);
        assertTrue(a20.accuracyCi().lower() < a20.accuracy().mean() && a20.accuracy().mean() < a20.accuracyCi().upper());
        assertTrue(ev.get(0).accuracy().mean() < a20.accuracy().mean(), "more epochs, better here");
        assertEquals(s.cell("a e20", "ev").macroF1(), a20.macroF1());
        assertEquals(4, s.sweep(StudyLayout.OWN_TEST).size());
        // the per-group tables: one group per source and combination
        assertEquals(List.of("a e10", "b e10", "a e20", "b e20"), s.sources());
        // McNemar: a against b of the same combination and seed only
        assertFalse(s.tests().isEmpty());
        assertTrue(s.tests().stream().allMatch(t -> t.sourceA().endsWith(t.sourceB().substring(2))), s.tests().toString());
        assertEquals(2 * 2 * 2, s.tests().size(), "2 combinations × 2 seeds × 2 evaluation sets");
    }

    @Test
    void markdownAndHtmlShowATableAlongTheSweptAxisAndACurve() throws Exception {
        StudySummary s = StudySummary.of(writeStudy(), tmp, 200, 1);
        String md = StudySummaryMarkdown.render(s);
        assertTrue(md.contains("## Sweep: maxEpochs\n\n### Evaluated on own-test"), md);
        assertTrue(md.contains("| source | maxEpochs | seeds | accuracy | accuracy 95 % CI | macro F1 | macro F1 95 % CI |"), md);
        assertTrue(md.contains("| a | 20 | 2 | " + s.sweep("ev").get(2).accuracy() + " | ["), md);
        String html = StudyReportHtml.render(s);
        assertTrue(html.contains("<h2>Sweep: maxEpochs</h2>"), html);
        assertTrue(html.contains("aria-label=\"accuracy by maxEpochs\""), html);
        int curves = html.split("aria-label=\"accuracy by maxEpochs\"", -1).length - 1;
        assertEquals(2, curves, "one curve per evaluation set");
        assertTrue(html.contains(">a</text>") && html.contains(">b</text>"), "one line per source, in the legend");
        assertTrue(html.contains("<td>a</td><td>20</td><td>2</td>"), html);
    }

    @Test
    void withoutASweepTheSummaryHasNoSweepSection() throws Exception {
        StudySpec spec = new StudySpec("plain", Presets.get("tiny"), TrainingOptions.of(5, 32, 1e-3, 0), List.of(1L),
                List.of(new StudySpec.Source("a", "/d", false, null, null, null)), List.of());
        RunFolderFixture.at(new StudyLayout(tmp).run("a", 1)).trainRoot("/d").ownTest(rightFirst(70, 30)).write();
        StudySummary s = StudySummary.of(spec, tmp, 100, 1);
        assertTrue(s.sweep().isEmpty());
        assertNull(s.cell("a e5", StudyLayout.OWN_TEST));
        assertEquals(List.of("a"), s.sources());
        assertFalse(StudySummaryMarkdown.render(s).contains("Sweep"));
        assertFalse(StudyReportHtml.render(s).contains("Sweep"));
    }
}
