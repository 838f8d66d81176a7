package org.emotionworkbench.cli;

import org.emotionworkbench.lesson.DataNeed;
import org.emotionworkbench.lesson.Lesson;
import org.emotionworkbench.lesson.Lessons;
import org.emotionworkbench.lesson.PreparedLesson;
import org.emotionworkbench.study.StudySummaryMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Ready experiments for teaching: list them, read one, run one headless.",
        subcommands = {LessonCommand.ListLessons.class, LessonCommand.Show.class, LessonCommand.Run.class})
final class LessonCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The lessons, and whether their data is here.")
    static final class ListLessons implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--datasets", paramLabel = "<dir>", description = "Folder holding the datasets "
                + "(fer2013/, synthetic/, real/). Default: $" + Lessons.DATASETS_ENV + ", else shared/datasets or ../shared/datasets.")
        Path datasets;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            Path root = datasets != null ? datasets : Lessons.defaultDatasetsRoot();
            for (Lesson l : Lessons.all()) {
                boolean ready = Lessons.missingData(l, root).isEmpty();
                o.printf("%-32s %-8s %s%n%32s %s%n", l.name(), l.duration(), l.title(), "",
                        l.summary() + (ready ? "" : " [data missing under " + root + "]"));
            }
            o.println();
            o.println("lesson show <name> prints the instructor text; lesson run <name> --out <dir> runs it.");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a lesson's instructor text and the data it needs.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<name>")
        String name;

        @Override
        public Integer call() {
            Lesson l = Lessons.get(name);
            PrintWriter o = spec.commandLine().getOut();
            o.println(Lessons.instructorText(l));
            for (DataNeed n : l.needs()) {
                o.println("Needs " + n.name() + ": <datasets>/" + n.relativePath() + " (" + n.what() + ")");
            }
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Prepare a lesson's data, run its study (resumable: run it again after a stop) and write",
                    "LESSON.md, study.json, study/summary.md and report.html into --out."})
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<name>")
        String name;

        @Option(names = "--out", required = true, paramLabel = "<dir>")
        Path out;

        @Option(names = "--datasets", paramLabel = "<dir>", description = "Folder holding the datasets. Default: $"
                + Lessons.DATASETS_ENV + ", else shared/datasets or ../shared/datasets.")
        Path datasets;

        @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples. Default: ${DEFAULT-VALUE}.")
        int resamples;

        @Mixin
        CacheOptions cache;

        @Override
        public Integer call() throws Exception {
            Lesson lesson = Lessons.get(name);
            PrintWriter o = spec.commandLine().getOut();
            Path root = datasets != null ? datasets : Lessons.defaultDatasetsRoot();
            o.println("Preparing lesson " + lesson.name() + " (" + lesson.duration() + ") from " + root + " …");
            o.flush();
            PreparedLesson p = PreparedLesson.prepare(lesson, root, out);
            boolean complete = StudyCommand.runStudy(p.spec(), p.studyDir(), cache, spec);
            if (!complete) {
                o.println("Stopped; run the same command again to go on.");
                return ErrorReporter.FAILURE;
            }
            o.print(StudySummaryMarkdown.render(p.writeResults(resamples)));
            o.println("Instructor text: " + p.out().resolve(PreparedLesson.TEXT));
            o.println("Report: " + p.out().resolve(PreparedLesson.REPORT));
            return 0;
        }
    }
}
