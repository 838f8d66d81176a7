package org.emotionworkbench.cli;

import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.study.StudyReportHtml;
import org.emotionworkbench.study.StudySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report of a study (tables, charts, confusion matrices, tests).")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--study", required = true, paramLabel = "<dir>")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "<report.html>")
    Path out;

    @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples. Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Override
    public Integer call() throws Exception {
        StudySummary summary = StudySummary.of(StudyCommand.readStudy(dir), dir, resamples, 1);
        AtomicFiles.writeString(out, StudyReportHtml.render(summary));
        spec.commandLine().getOut().println("report written to " + out);
        return 0;
    }
}
