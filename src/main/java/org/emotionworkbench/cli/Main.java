package org.emotionworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Command-line face of the workbench: {@code java -jar emotion-workbench.jar <command>}. */
@Command(name = "emotion-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Facial-emotion recognition workbench: datasets, CNN models, training, evaluation.",
        subcommands = {
                DatasetCommand.class,
                SummaryCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                ImportCommand.class,
                CompareCommand.class,
                StudyCommand.class,
                LessonCommand.class,
                ReportCommand.class,
                SampleDataCommand.class,
                BenchCommand.class,
                GradCamCommand.class,
                MisclassifiedCommand.class,
                GradCamCompareCommand.class,
                BenchGradCamCommand.class,
                ScreenshotsCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // before any library can deserialize anything; a Spark driver deserializes its executors' messages and results
        if (StudyCommand.isSparkDriver(args)) {
            org.emotionworkbench.platform.SerializationFilter.installForSparkDriver();
        } else {
            org.emotionworkbench.platform.SerializationFilter.install();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line and returns its exit code (0 ok, 1 failure, 2 usage or user error). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Set to true to print the help instead of opening the window when no command is given (tests, scripts). */
    public static final String NO_GUI_PROPERTY = "emotionworkbench.nogui";

    /** With no command: open the JavaFX workbench (without a display, or with {@value #NO_GUI_PROPERTY}: the help). */
    @Override
    public void run() {
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || !System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (Boolean.getBoolean(NO_GUI_PROPERTY) || !display) {
            if (!display) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("No display found (DISPLAY is not set), so the workbench window cannot open; "
                        + "run it on a desktop or under xvfb-run. The commands:");
                err.flush();
            }
            spec.commandLine().usage(spec.commandLine().getOut());
            return;
        }
        org.emotionworkbench.ui.WorkbenchApp.launchWorkbench();
    }
}
