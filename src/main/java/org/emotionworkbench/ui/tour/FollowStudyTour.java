package org.emotionworkbench.ui.tour;

import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.compare.CompareView;
import org.emotionworkbench.ui.compare.StudyViewModel;

import java.nio.file.Path;

/**
 * {@code screenshots --follow-study <dir>}: the Compare screen's Study part following a study that another process
 * (the CLI, or Spark tasks) is training into {@code dir}, once a run is part-way: study-following.png.
 */
public final class FollowStudyTour {
    private FollowStudyTour() {
    }

    public static void run(ScreenshotTour.Options o, Path study) throws Exception {
        ScreenshotTour.inWindow(o, (opts, ctx, fx) -> {
            CompareView compare = fx.find("#compare-view", CompareView.class);
            StudyViewModel vm = compare.viewModel().study();
            FxSteps.onFx(() -> {
                ctx.screenProperty().set(Screen.COMPARE);
                compare.showStudyTab();
                vm.open(study);
            });
            FxSteps.waitUntil("the study to be followed with a run part-way", 600, () -> FxSteps.onFx(() ->
                    vm.watchingProperty().get() && vm.watchMessageProperty().get().contains("part-way")));
            fx.snapshot(opts.out().resolve("study-following.png"));
            FxSteps.onFx(vm::stopWatching);
        });
    }
}
