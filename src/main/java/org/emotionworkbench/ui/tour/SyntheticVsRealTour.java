package org.emotionworkbench.ui.tour;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.emotionworkbench.dataset.SourceOptions;
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

        // the real set, count-matched to the synthetic one from the Matching tab, and both tested on the real test split
        FxSteps.onFx(() -> datasets.viewModel().open().open(in.real(), SourceOptions.defaults()));
        FxSteps.waitUntil("the real dataset to load", 300, () -> in.real().toString().equals(ctx.datasetSpecProperty().get())
                && ctx.tasks().running().isEmpty());
        ScreenshotTour.selectTab(fx.scene(), "datasets-tab-matching");
        FxSteps.onFx(() -> {
            datasets.viewModel().matching().referenceProperty().set(in.synthetic().toString());
            datasets.viewModel().matching().run();
        });
        FxSteps.waitUntil("the match", 120, () -> datasets.viewModel().matching().writtenProperty().get() != null
                && ctx.tasks().running().isEmpty());
        fx.snapshot(o.out().resolve("datasets-matching.png"));
        Path matched = FxSteps.onFx(() -> datasets.viewModel().matching().writtenProperty().get());
        FxSteps.onFx(() -> ctx.preparationProperty().set(ctx.preparationProperty().get().withTestSpec(in.real().toString())));

        // two runs through the Training screen: real (matched) and synthetic
        FxSteps.onFx(() -> datasets.viewModel().open().open(matched, SourceOptions.defaults()));
        FxSteps.waitUntil("the matched set to load", 300, () -> matched.toString().equals(ctx.datasetSpecProperty().get())
                && ctx.tasks().running().isEmpty());
        FxSteps.onFx(() -> ctx.screenProperty().set(Screen.TRAINING));
        ScreenshotTour.train(fx, ctx, o.epochs(), "real-matched", "1");
        FxSteps.onFx(() -> {
            path.setText(in.synthetic().toString());
            datasets.viewModel().open().open(); // the remembered label map, nothing typed
        });
        FxSteps.waitUntil("the synthetic faces to load again", 300, () -> ctx.datasetProperty().get() != null
                && ctx.datasetProperty().get().train().size() < 1000 && ctx.tasks().running().isEmpty());
        ScreenshotTour.train(fx, ctx, o.epochs(), "synthetic", "1");

        // Compare both, and export what the screen shows
        CompareView compareView = fx.find("#compare-view", CompareView.class);
        FxSteps.onFx(() -> ctx.screenProperty().set(Screen.COMPARE));
        javafx.scene.control.TableView<?> runs = fx.find("#runs-table", javafx.scene.control.TableView.class);
        FxSteps.waitUntil("the runs table", 60, () -> runs.getItems().size() >= 2);
        FxSteps.onFx(() -> runs.getSelectionModel().selectAll());
        FxSteps.waitUntil("the comparison", 120, () -> ctx.tasks().running().isEmpty()
                && !compareView.viewModel().resultProperty().get().compared().isEmpty());
        fx.snapshot(o.out().resolve("compare-synthetic-vs-real.png"));
        Path report = o.workspace().resolve("compare-synthetic-vs-real.html");
        FxSteps.onFx(() -> compareView.viewModel().exportReport(report));
        FxSteps.waitUntil("the exported report", 60, () -> java.nio.file.Files.isRegularFile(report));
        System.out.println("exported " + report + " (" + java.nio.file.Files.size(report) + " bytes)");

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
