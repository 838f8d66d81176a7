package org.emotionworkbench.study;

import org.emotionworkbench.io.HostileText;
import org.emotionworkbench.run.RunFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.emotionworkbench.run.RunFolderFixture.rightFirst;

/** Study, source and evaluation names from a spec someone else wrote stay text in the study report. */
class StudyReportHtmlEscapingTest {
    @TempDir
    Path tmp;

    @Test
    void hostileNamesAreEscapedEverywhereTheReportShowsThem() throws Exception {
        RunResults a = RunResults.load(RunFolderFixture.at(tmp.resolve("a")).trainRoot("/d").ownTest(rightFirst(40, 20)).write());
        RunResults b = RunResults.load(RunFolderFixture.at(tmp.resolve("b")).trainRoot("/d").ownTest(rightFirst(40, 30)).write());
        String evaluation = HostileText.combined("eval");
        Map<String, Map<String, Map<Long, RunResults>>> results = new LinkedHashMap<>();
        results.put(HostileText.combined("srcA"), Map.of(evaluation, Map.of(1L, a)));
        results.put(HostileText.combined("srcB"), Map.of(evaluation, Map.of(1L, b)));
        StudySummary s = StudySummary.of(HostileText.combined("study"), List.of(evaluation), results,
                Map.of(HostileText.combined("srcA"), 0.0, HostileText.combined("srcB"), 1.0), 50, 1);
        HostileText.assertEscaped(StudyReportHtml.render(s));
    }
}
