package org.emotionworkbench.ui.tour;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.datasets.DatasetOpener;
import org.emotionworkbench.ui.importing.ImportModelDialog;
import org.emotionworkbench.ui.importing.ImportModelViewModel;

import java.nio.file.Path;
import java.util.Objects;

/**
 * File → Import Keras model… through the real window, for screenshots: the dataset opened, the dialog on a Keras
 * file with the alphabetical class order (a wrong one for FER2013 models: {@code import-keras-wrong-order.png}), then
 * FER2013's order ({@code import-keras.png}), both at [-1, 1] with their previews; Import, and the imported run on
 * the Evaluation screen ({@code evaluation-imported.png}); with other runs in the workspace, all of them on the Compare
 * screen ({@code compare-imported.png}); an imported run evaluated on a dataset, explained ({@code explain-imported.png}).
 */
public final class ImportTour {
    private ImportTour() {
    }

    public static void run(ScreenshotTour.Options o, Path keras) throws Exception {
        Objects.requireNonNull(keras, "keras");
        ScreenshotTour.inWindow(o, (opts, ctx, fx) -> steps(opts, keras, ctx, fx));
    }

    private static void steps(ScreenshotTour.Options o, Path keras, WorkbenchContext ctx, FxSteps fx) throws Exception {
        FxSteps.onFx(() -> new DatasetOpener(ctx).open(o.data(), SourceOptions.defaults(), ds -> {
        }));
        FxSteps.waitUntil("the dataset to load", 900, () -> ctx.datasetProperty().get() != null
                && ctx.tasks().running().isEmpty());

        FxSteps.onFx(() -> ((MenuBar) fx.scene().getRoot().lookup("#menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-import-keras".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        Scene dialog = FxSteps.onFx(() -> Window.getWindows().stream().map(Window::getScene)
                .filter(s -> s != null && "import-dialog".equals(s.getRoot().getId())).findFirst().orElseThrow());
        FxSteps steps = new FxSteps(dialog);
        ImportModelViewModel vm = ((ImportModelDialog) dialog.getRoot()).viewModel();
        FxSteps.onFx(() -> {
            steps.find("#import-file", TextField.class).setText(keras.toAbsolutePath().normalize().toString());
            vm.orderProperty().set(ImportModelViewModel.OrderChoice.ALPHABETICAL);
            vm.scalingProperty().set(ImportModelViewModel.ScalingChoice.SYMMETRIC);
        });
        FxSteps.waitUntil("the preview", 300, () -> !vm.preview().isEmpty() && !vm.previewRunningProperty().get());
        steps.snapshot(o.out().resolve("import-keras-wrong-order.png"));
        FxSteps.onFx(() -> vm.orderProperty().set(ImportModelViewModel.OrderChoice.FER2013));
        FxSteps.waitUntil("the preview in FER2013's order", 60, () -> !vm.preview().isEmpty()
                && !vm.previewRunningProperty().get());
        steps.snapshot(o.out().resolve("import-keras.png"));
        System.out.println("preview: " + FxSteps.onFx(() -> vm.previewSummaryProperty().get()));

        Button importButton = steps.find("#import-run", Button.class);
        FxSteps.waitUntil("Import to be enabled", 30, () -> !importButton.isDisabled());
        FxSteps.onFx(importButton::fire);
        FxSteps.waitUntil("the import", 300, () -> vm.importedRunProperty().get() != null
                && ctx.selectedRunProperty().get() != null && ctx.tasks().running().isEmpty());
        fx.snapshot(o.out().resolve("evaluation-imported.png"));

        // Compare: with other runs in the workspace (--workspace), the imported one among them, all chosen
        FxSteps.onFx(() -> ctx.screenProperty().set(org.emotionworkbench.ui.Screen.COMPARE));
        javafx.scene.control.TableView<?> runs = fx.find("#runs-table", javafx.scene.control.TableView.class);
        FxSteps.waitUntil("the runs table", 60, () -> !runs.getItems().isEmpty() && ctx.tasks().running().isEmpty());
        if (FxSteps.onFx(() -> runs.getItems().size()) >= 2) {
            FxSteps.onFx(() -> runs.getSelectionModel().selectAll());
            FxSteps.waitUntil("the comparison", 120, () -> ctx.tasks().running().isEmpty());
            fx.snapshot(o.out().resolve("compare-imported.png"));
        }
        explainAnEvaluatedImport(o, ctx, fx);
    }

    /**
     * Explain: an imported run of the workspace that has been evaluated on a dataset (the CLI's {@code evaluate}), its
     * first face of that evaluation explained ({@code explain-imported.png}); skipped when there is none.
     */
    private static void explainAnEvaluatedImport(ScreenshotTour.Options o, WorkbenchContext ctx, FxSteps fx)
            throws Exception {
        org.emotionworkbench.ui.workspace.RunEntry evaluated = FxSteps.onFx(() -> ctx.runs().runs().stream()
                .filter(r -> r.config() != null && r.config().wasImported())
                .filter(r -> java.nio.file.Files.isDirectory(r.dir().resolve("evaluations")))
                .findFirst().orElse(null));
        if (evaluated == null) {
            return;
        }
        FxSteps.onFx(() -> {
            ctx.selectedRunProperty().set(evaluated);
            ctx.screenProperty().set(org.emotionworkbench.ui.Screen.EXPLAIN);
        });
        org.emotionworkbench.ui.explain.ExplainView explain = fx.find("#explain-view",
                org.emotionworkbench.ui.explain.ExplainView.class);
        org.emotionworkbench.ui.explain.ExplainViewModel vm = explain.viewModel();
        FxSteps.waitUntil("the run in Explain", 60, () -> vm.runProperty().get() != null && !vm.sets().isEmpty());
        FxSteps.onFx(() -> vm.evaluationSetProperty().set(vm.sets().get(vm.sets().size() - 1)));
        FxSteps.waitUntil("its faces", 120, () -> !vm.faces().isEmpty() && ctx.tasks().running().isEmpty());
        FxSteps.onFx(() -> vm.faceProperty().set(vm.faces().get(0)));
        FxSteps.waitUntil("the heatmap", 120, () -> vm.heatmapProperty().get() != null && !vm.busyProperty().get());
        FxSteps.sleep(500);
        fx.snapshot(o.out().resolve("explain-imported.png"));
    }
}
