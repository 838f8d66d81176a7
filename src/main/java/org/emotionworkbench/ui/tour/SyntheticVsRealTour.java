package org.emotionworkbench.ui.tour;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.compare.CompareView;
import org.emotionworkbench.ui.datasets.DatasetsView;
import org.emotionworkbench.ui.lessons.LessonsViewModel;
import org.emotionworkbench.ui.lessons.LessonsWindow;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The synthetic-vs-real path through the real window, for screenshots: a synthetic folder with foreign class names
 * opens the label-map editor ({@code label-map-editor.png}); saved, it opens beside the real dataset in percent
 * ({@code datasets-synthetic-vs-real.png}); Help → Lessons ({@code lessons.png}); and, given a finished lesson study,
 * its grid on the Compare screen ({@code compare-lesson.png}).
 */
public final class SyntheticVsRealTour {
    /** The synthetic folder, the real dataset, and a finished study folder (or null). */
    public record Inputs(Path synthetic, Path real, Path study) {
        public Inputs {
            Objects.requireNonNull(synthetic, "synthetic");
            Objects.requireNonNull(real, "real");
        }
    }

    private SyntheticVsRealTour() {
    }

    public static void run(ScreenshotTour.Options o, Inputs in) throws Exception {
        ScreenshotTour.inWindow(o, (opts, ctx, fx) -> steps(opts, in, ctx, fx));
    }

    private static void steps(ScreenshotTour.Options o, Inputs in, WorkbenchContext ctx, FxSteps fx) throws Exception {
        DatasetsView datasets = fx.find("#datasets-view", DatasetsView.class);
        TextField path = fx.find("#dataset-path", TextField.class);
        FxSteps.onFx(() -> {
            path.setText(in.synthetic().toString());
            datasets.viewModel().open().open();
        });
        FxSteps.waitUntil("the label-map editor", 30, () -> datasets.viewModel().open().labelMapEditorProperty().get() != null);
        fx.snapshot(o.out().resolve("label-map-editor.png"));
        FxSteps.onFx(() -> datasets.viewModel().open().applyLabelMap());
        FxSteps.waitUntil("the synthetic faces to load", 300, () -> ctx.datasetProperty().get() != null
                && ctx.tasks().running().isEmpty());
        FxSteps.onFx(() -> {
            path.setText(in.real().toString());
            datasets.viewModel().open().addToComparison(datasets.viewModel().overview()::addComparison);
        });
        FxSteps.waitUntil("the real dataset's counts", 300, () -> !datasets.viewModel().overview().comparisons().isEmpty());
        FxSteps.onFx(() -> {
            path.setText(in.synthetic().toString());
            datasets.viewModel().overview().percentProperty().set(true);
        });
        fx.snapshot(o.out().resolve("datasets-synthetic-vs-real.png"));

        Stage lessons = FxSteps.onFx(() -> {
            Window owner = fx.scene().getWindow();
            LessonsViewModel vm = new LessonsViewModel(ctx, p -> {
            });
            vm.datasetsRootProperty().set(in.real().getParent().toString());
            vm.lessons().stream().filter(i -> i.lesson().name().equals("synthetic-vs-real")).findFirst()
                    .ifPresent(vm.selectedProperty()::set);
            return LessonsWindow.show(owner, vm, ctx.uiScale());
        });
        Scene lessonScene = FxSteps.onFx(lessons::getScene);
        new FxSteps(lessonScene).snapshot(o.out().resolve("lessons.png"));
        FxSteps.onFx(lessons::close);

        if (in.study() != null) {
            CompareView compare = fx.find("#compare-view", CompareView.class);
            FxSteps.onFx(() -> {
                ctx.screenProperty().set(Screen.COMPARE);
                compare.showStudyTab();
                compare.viewModel().study().open(in.study());
            });
            FxSteps.waitUntil("the lesson's study summary", 600, () -> compare.viewModel().study().summaryProperty().get() != null
                    && ctx.tasks().running().isEmpty());
            fx.snapshot(o.out().resolve("compare-lesson.png"));
        }
    }
}
