package org.emotionworkbench.ui.tour;

import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.compare.CompareView;
import org.emotionworkbench.study.StudyProgress;
import org.emotionworkbench.ui.compare.StudyViewModel;

import java.nio.file.Path;

/**
 * Studies in the window, for screenshots. {@code screenshots --follow-study <dir>}: the Compare screen's Study part
 * following a study that another process (the CLI, or Spark tasks) is training into {@code dir}, once a run is
 * part-way: study-following.png. {@code screenshots --run-study <spec.json>}: the spec run from the Study part (in a
 * process of its own), once a run is part-way (study-running.png) and when it is done (study-run.png).
 */
public final class FollowStudyTour {
    private FollowStudyTour() {
    }

    public static void run(ScreenshotTour.Options o, Path study) throws Exception {
        ScreenshotTour.inWindow(o, (opts, ctx, fx) -> {
            StudyViewModel vm = onStudyTab(ctx, fx, m -> m.open(study));
            FxSteps.waitUntil("the study to be followed with a run part-way", 600, () -> FxSteps.onFx(() ->
                    vm.watchingProperty().get() && vm.watchMessageProperty().get().contains("part-way")));
            fx.snapshot(opts.out().resolve("study-following.png"));
            FxSteps.onFx(vm::stopWatching);
        });
    }

    public static void runHere(ScreenshotTour.Options o, Path spec) throws Exception {
        ScreenshotTour.inWindow(o, (opts, ctx, fx) -> {
            StudyViewModel vm = onStudyTab(ctx, fx, m -> {
                m.specFileProperty().set(spec.toString());
                if (m.run() == null) {
                    throw new IllegalStateException("the study did not start: " + m.problemProperty().get());
                }
            });
            FxSteps.waitUntil("a run part-way", 600, () -> FxSteps.onFx(() ->
                    vm.runs().stream().anyMatch(r -> r.status() == StudyProgress.Status.PART_WAY)));
            fx.snapshot(opts.out().resolve("study-running.png"));
            FxSteps.waitUntil("the study's summary", 1800, () -> FxSteps.onFx(() -> !vm.runningProperty().get()
                    && vm.summaryProperty().get() != null && ctx.tasks().running().isEmpty()));
            fx.snapshot(opts.out().resolve("study-run.png"));
        });
    }

    /** Shows the Compare screen's Study tab and does {@code action} with its view model (on the FX thread). */
    private static StudyViewModel onStudyTab(WorkbenchContext ctx, FxSteps fx,
                                             java.util.function.Consumer<StudyViewModel> action) throws Exception {
        CompareView compare = fx.find("#compare-view", CompareView.class);
        StudyViewModel vm = compare.viewModel().study();
        FxSteps.onFx(() -> {
            ctx.screenProperty().set(Screen.COMPARE);
            compare.showStudyTab();
            action.accept(vm);
        });
        return vm;
    }
}
