package org.emotionworkbench.cli;

import org.emotionworkbench.ui.common.UiScale;
import org.emotionworkbench.ui.tour.AboutTour;
import org.emotionworkbench.ui.tour.FollowStudyTour;
import org.emotionworkbench.ui.tour.ImportTour;
import org.emotionworkbench.ui.tour.ScreenshotTour;
import org.emotionworkbench.ui.tour.SyntheticVsRealTour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "screenshots", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render every screen of the workbench to PNG files, the way a user gets there.",
                "Opens the data, trains tiny twice through the Training screen (two seeds), opens the sad-as-neutral "
                        + "confusion cell (or the largest mistake), explains a face, compares the runs.",
                "Needs a display: xvfb-run -a -s \"-screen 0 1600x1000x24\" java -jar emotion-workbench.jar screenshots"})
final class ScreenshotsCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "docs/screenshots", description = "Folder for the PNGs. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--data", defaultValue = "sample-data", description = "Dataset to open. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--workspace", description = "Workspace for the tour's runs. Default: a new temporary folder.")
    Path workspace;

    @Option(names = "--epochs", defaultValue = "15", description = "Epochs of each tiny run. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--size", defaultValue = "1400x900", description = "Window size WxH. Default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--scale", defaultValue = "100", description = "Presentation-mode scale in percent: "
            + "100, 110, 125, 150, 175 or 200 (View menu, Ctrl+Plus / Ctrl+Minus). Default: ${DEFAULT-VALUE}.")
    int scale;

    @Option(names = "--synthetic", paramLabel = "<dir>", description = "Instead of the main tour, the synthetic-vs-real "
            + "path: this folder (foreign class names) through the label-map editor, beside --data in percent, the "
            + "lessons window; label-map-editor.png, datasets-synthetic-vs-real.png, lessons.png.")
    Path synthetic;

    @Option(names = "--study", paramLabel = "<dir>", description = "With --synthetic: a finished study folder (e.g. a "
            + "lesson's study/) shown on the Compare screen as compare-lesson.png.")
    Path study;

    @Option(names = "--import-keras", paramLabel = "<file.h5>", description = "Instead of the main tour: File → Import "
            + "Keras model… on this file over --data, its preview with the alphabetical then FER2013's class order at "
            + "[-1, 1], and the run imported; import-keras-wrong-order.png, import-keras.png, evaluation-imported.png.")
    Path importKeras;

    @Option(names = "--follow-study", paramLabel = "<dir>", description = "Instead of the main tour: the Study screen "
            + "following a study another process is training into this folder, once a run is part-way "
            + "(study-following.png).")
    Path followStudy;

    @Option(names = "--run-study", paramLabel = "<spec.json>", description = "Instead of the main tour: run this study "
            + "spec from the Study screen (into the tour's workspace), once a run is part-way (study-running.png) and "
            + "when done (study-run.png).")
    Path runStudy;

    @Option(names = "--about", description = "Instead of the main tour: Help → About once its facts are in (about.png).")
    boolean about;

    @Override
    public Integer call() throws Exception {
        if (System.getenv("DISPLAY") == null && System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            throw new UserError("no display (DISPLAY is not set): run this under xvfb-run, e.g. "
                    + "xvfb-run -a -s \"-screen 0 1600x1000x24\" java -jar emotion-workbench.jar screenshots");
        }
        String[] wh = size.toLowerCase().split("x");
        if (wh.length != 2) {
            throw new UserError("--size must look like 1400x900, got " + size);
        }
        if (!UiScale.STEPS.contains(scale)) {
            throw new UserError("--scale must be one of " + UiScale.STEPS + ", got " + scale);
        }
        if (importKeras != null && synthetic != null) {
            throw new UserError("--import-keras and --synthetic are two different tours: give one");
        }
        if (study != null && synthetic == null) {
            throw new UserError("--study goes with --synthetic (the synthetic-vs-real tour)");
        }
        Path ws = workspace != null ? workspace : Files.createTempDirectory("ew-tour");
        ScreenshotTour.Options o = new ScreenshotTour.Options(out, ws, data.toAbsolutePath().normalize(), epochs,
                Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), scale);
        try {
            if (about) {
                AboutTour.run(o);
            } else if (runStudy != null) {
                FollowStudyTour.runHere(o, runStudy.toAbsolutePath().normalize());
            } else if (followStudy != null) {
                FollowStudyTour.run(o, followStudy.toAbsolutePath().normalize());
            } else if (importKeras != null) {
                ImportTour.run(o, importKeras.toAbsolutePath().normalize());
            } else if (synthetic != null) {
                SyntheticVsRealTour.run(o, new SyntheticVsRealTour.Inputs(synthetic.toAbsolutePath().normalize(),
                        o.data(), study == null ? null : study.toAbsolutePath().normalize()));
            } else {
                ScreenshotTour.run(o);
            }
        } finally {
            if (workspace == null) {
                org.emotionworkbench.run.RunDeletion.deleteTree(ws); // the tour's own temporary workspace goes; one the user named stays
            }
        }
        return 0;
    }
}
