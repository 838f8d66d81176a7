package org.emotionworkbench.cli;

import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.io.OutputPaths;
import org.emotionworkbench.study.StudyLayout;
import org.emotionworkbench.study.StudyRunner;
import org.emotionworkbench.study.StudySpec;
import org.emotionworkbench.study.StudySummary;
import org.emotionworkbench.study.StudySummaryMarkdown;
import org.emotionworkbench.study.spark.SparkClassPath;
import org.emotionworkbench.study.spark.SparkStudyRunner;
import org.emotionworkbench.training.TrainingControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Run and summarise studies (e.g. synthetic vs real): sources × seeds × evaluation sets.",
        subcommands = {StudyCommand.Run.class, StudyCommand.Summary.class})
final class StudyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs (or resumes) a study with console progress; false when it was stopped before the end. Ctrl-C (or SIGTERM,
     * as the window sends a study it runs in a child process) stops the training between batches, so the run keeps
     * its resume point and the next study run goes on after its last finished epoch.
     */
    static boolean runStudy(StudySpec study, Path out, CacheOptions cache, CommandSpec command) throws Exception {
        PrintWriter o = command.commandLine().getOut();
        ConsoleProgress console = new ConsoleProgress(o, command.commandLine().getErr(), System.console() != null, false);
        TrainingControl control = new TrainingControl();
        return StopOnInterrupt.run(control, "stop-study-on-interrupt", () -> {
            boolean complete = new StudyRunner(cache.toLoadOptions(), console, List.of(console), control).run(study, out);
            if (!complete) {
                o.println("stopped; run the same study command again to go on");
                o.flush();
            }
            return complete;
        });
    }

    /**
     * Whether this command line is {@code study run --spark}: the process is then a Spark driver, whose RPC, task
     * results and block transfers are Java serialization of Spark's, Scala's and the workbench's classes, which the
     * workbench's own deserialization filter would reject: it gets the Spark driver's allow-list instead
     * (platform/SerializationFilter.SPARK_DRIVER_PATTERN). docs/SPARK.md: still run Spark on a trusted network.
     */
    static boolean isSparkDriver(String[] args) {
        List<String> a = List.of(args);
        int study = a.indexOf("study");
        return study >= 0 && study + 1 < a.size() && a.get(study + 1).equals("run")
                && a.stream().anyMatch(s -> s.equals("--spark") || s.startsWith("--spark="));
    }

    /** The spec a study folder was run with; a folder that holds no study is a user error. */
    static StudySpec readStudy(Path dir) throws java.io.IOException {
        Path specFile = new StudyLayout(dir).spec();
        if (!Files.isRegularFile(specFile)) {
            throw new UserError(dir + " is not a study folder (no " + StudyLayout.SPEC + ")");
        }
        return StudySpec.read(specFile);
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Train and evaluate every (source, seed) pair of a study spec (every sweep combination too),",
                    "skipping finished ones (resumable), then write summary.md and summary.json."})
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--spec", required = true, paramLabel = "<study.json>")
        Path specFile;

        @Option(names = "--out", required = true, paramLabel = "<dir>")
        Path out;

        @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples. Default: ${DEFAULT-VALUE}.")
        int resamples;

        @Option(names = "--spark", paramLabel = "<master>",
                description = {"Run each run as an Apache Spark task: local[N], local[N,F] (F tries per task),",
                        "spark://host:port, yarn, k8s://... Needs Spark 4.0 on the class path (spark-submit);",
                        "the --out folder must be a path every node sees. See docs/SPARK.md."})
        String sparkMaster;

        @Mixin
        CacheOptions cache;

        @Override
        public Integer call() throws Exception {
            PrintWriter o = spec.commandLine().getOut();
            if (!Files.isRegularFile(specFile)) {
                throw new UserError("study spec not found: " + specFile);
            }
            if (sparkMaster != null && !SparkClassPath.present()) {
                throw new UserError(SparkClassPath.missingMessage(sparkMaster));
            }
            StudySpec study = StudySpec.read(specFile);
            boolean complete;
            if (sparkMaster != null) {
                new SparkStudyRunner(sparkMaster, cache.toLoadOptions(), o).run(study, out);
                complete = true;
            } else {
                complete = runStudy(study, out, cache, spec);
            }
            if (!complete) {
                return ErrorReporter.FAILURE; // stopped: the summary waits for the runs (study summary writes one now)
            }
            Summary.write(study, out, resamples, o);
            return 0;
        }
    }

    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = "Recompute a study's summary.md and summary.json from its finished runs.")
    static final class Summary implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--study", required = true, paramLabel = "<dir>")
        Path dir;

        @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples. Default: ${DEFAULT-VALUE}.")
        int resamples;

        @Override
        public Integer call() throws Exception {
            write(readStudy(dir), dir, resamples, spec.commandLine().getOut());
            return 0;
        }

        static void write(StudySpec study, Path dir, int resamples, PrintWriter out) throws Exception {
            StudySummary summary = StudySummary.of(study, dir, resamples, 1);
            String md = StudySummaryMarkdown.render(summary);
            AtomicFiles.writeString(OutputPaths.child(dir, "the study folder " + dir, "summary.md"), md);
            AtomicFiles.writeString(OutputPaths.child(dir, "the study folder " + dir, "summary.json"),
                    new com.fasterxml.jackson.databind.ObjectMapper()
                            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(summary));
            out.print(md);
            out.println("summary written to " + dir.resolve("summary.md"));
            out.flush();
        }
    }
}
