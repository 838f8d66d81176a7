package org.emotionworkbench.ui.compare;

import org.emotionworkbench.io.HostileText;
import org.emotionworkbench.run.ConfigDiff;
import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.run.RunHeadline;
import org.emotionworkbench.study.McNemar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.emotionworkbench.run.RunFolderFixture.rightFirst;

/** Run labels, folder names and settings of runs from someone else stay text in the compared-runs report. */
class ComparedRunsHtmlEscapingTest {
    @TempDir
    Path tmp;

    @Test
    void hostileLabelsFoldersAndSettingsAreEscaped() throws Exception {
        Path dir = RunFolderFixture.at(tmp.resolve(HostileText.combined("folder").replace("/", "_")))
                .trainRoot(HostileText.combined("/data/")).label(HostileText.combined("label"))
                .ownTest(rightFirst(20, 10)).write();
        RunRow row = new RunRow(RunHeadline.ofRun(dir), RunRow.Origin.FOLDER, HostileText.combined("origin"));
        String a = HostileText.combined("A");
        McNemar t = McNemar.test(rightFirst(20, 10), rightFirst(20, 15));
        ComparedRunsReport report = new ComparedRunsReport(List.of(row), Metric.ACCURACY, Grouping.EACH_RUN,
                List.of(new MetricBar(HostileText.combined("bar"), 0.5, 0.4, 0.6, HostileText.combined("detail"))),
                List.of(McNemarRow.of(a, HostileText.combined("B"), HostileText.combined("eval"), null, t)),
                HostileText.combined("message"), List.of(HostileText.combined("run")),
                List.of(new ConfigDiff.Row(HostileText.combined("key"), List.of(HostileText.combined("value")), true)),
                HostileText.combined("summary"));
        HostileText.assertEscaped(ComparedRunsHtml.render(report));
    }
}
