package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.ui.UiTestSupport;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manual check on the real datasets in {@code ../shared}: a tool, not part of the suite (src/tools/java, compiled
 * with {@code -Ptools}). Run with {@code mvn -B -o -Ptools test -Dtest=DatasetsOnRealDataCheck
 * -Dsurefire.failIfNoSpecifiedTests=false}; prints timings and writes screenshots to {@code target/screenshots/}
 * (docs/screenshots/datasets.png is made by the {@code screenshots} command). Skipped when ../shared/datasets is absent.
 */
@ExtendWith(ApplicationExtension.class)
class DatasetsOnRealDataCheck {
    private static final Path FER = Path.of("../shared/datasets/fer2013").toAbsolutePath().normalize();
    private static final Path SD = Path.of("../shared/datasets/synthetic/sd-emotion-faces/faces").toAbsolutePath().normalize();
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private DatasetsView view;

    @Start
    void start(Stage stage) {
        context = new WorkbenchContext(Platform::runLater, tmp.resolve("settings.json"),
                new Workspace(tmp.resolve("ws")), LoadOptions.defaults());
        view = new DatasetsView(context);
        UiTestSupport.show(stage, view, 1400, 900);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void fer2013AndTheSyntheticFacesWithALabelMap(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(FER) && Files.isDirectory(SD), "../shared/datasets is absent");
        Path map = Files.writeString(tmp.resolve("indo.json"),
                "{\"marah\":\"angry\",\"netral\":\"neutral\",\"sedih\":\"sad\",\"senang\":\"happy\",\"terkejut\":\"surprise\"}");
        DatasetsViewModel vm = view.viewModel();

        long t0 = System.nanoTime();
        robot.interact(() -> robot.lookup("#dataset-path").queryAs(TextField.class).setText(FER.toString()));
        robot.clickOn("#open-dataset");
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> context.datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("FER2013 open: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertEquals(35887, context.datasetProperty().get().report().totalLoaded());
        System.out.println(robot.lookup("#load-report").queryAs(TextArea.class).getText());

        robot.clickOn("#datasets-tab-faces");
        @SuppressWarnings("unchecked")
        GridView<FaceItem> grid = robot.lookup("#thumbnail-grid").queryAs(GridView.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> classFilter = robot.lookup("#filter-class").queryAs(ChoiceBox.class);
        long t1 = System.nanoTime();
        robot.interact(() -> classFilter.setValue("disgust"));
        System.out.printf("filter to disgust: %.0f ms, %s%n", (System.nanoTime() - t1) / 1e6, vm.faces().countProperty().get());
        robot.interact(() -> classFilter.setValue(FacesTab.ALL_CLASSES));
        for (int i = 0; i < 5; i++) {
            long t2 = System.nanoTime();
            int target = (i + 1) * grid.getItems().size() / 5 - 1;
            robot.interact(() -> GridSupport.scrollTo(grid, grid.getItems().get(target)));
            WaitForAsyncUtils.waitForFxEvents();
            System.out.printf("scroll to face %d: %.0f ms%n", target, (System.nanoTime() - t2) / 1e6);
        }
        Screenshots.save(view, Path.of("target/screenshots/fer-faces.png"));

        robot.clickOn("#datasets-tab-overview");
        robot.interact(() -> {
            vm.open().pathProperty().set(SD.toString());
            vm.open().source().labelMapProperty().set(map.toString());
        });
        robot.clickOn("#add-comparison");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.overview().comparisons().size() == 1);
        robot.interact(() -> robot.lookup("#normalise-counts").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> vm.preparation().balancingProperty().set(Balancing.CLASS_WEIGHTS));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.preview().rows().size() == 8
                && vm.preview().rows().get(0).weight() != null);
        vm.preview().rows().forEach(r -> System.out.println("  " + r));
        robot.interact(() -> {
            vm.open().pathProperty().set(FER.toString());
            vm.open().source().labelMapProperty().set("");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        Screenshots.save(view, Path.of("target/screenshots/fer-comparison.png"));

        robot.interact(() -> vm.preparation().excludeDuplicatesProperty().set(true));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.preview().noteProperty().get().contains("left out"));
        System.out.println(vm.preview().noteProperty().get());

        long t3 = System.nanoTime();
        robot.interact(() -> vm.open().open(SD, new org.emotionworkbench.dataset.SourceOptions(null, map, null)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> context.datasetSpecProperty().get().contains("/map-indo-")
                && !vm.open().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("sd-emotion-faces open: %.1f s; training spec %s%n", (System.nanoTime() - t3) / 1e9,
                context.datasetSpecProperty().get());
        System.out.println(vm.overview().reportProperty().get());
        System.out.println(vm.open().infoProperty().get());

        robot.clickOn("#datasets-tab-matching");
        robot.interact(() -> vm.matching().referenceProperty().set(FER.toString()));
        robot.clickOn("#match-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.matching().writtenProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.println(vm.matching().summaryProperty().get());
        vm.matching().shortfalls().forEach(s -> System.out.println("  " + s));
        Screenshots.save(view, Path.of("target/screenshots/sd-matching.png"));
        assertTrue(Files.isRegularFile(vm.matching().writtenProperty().get()));
        robot.clickOn("#datasets-tab-overview");
        Screenshots.save(view, Path.of("target/screenshots/sd-overview.png"));

        // model suggestions in the labelling grid, from a tiny run trained on the sample data
        Path runDir = context.workspace().runs().resolve("tiny-sample");
        new org.emotionworkbench.run.RunExecutor(LoadOptions.defaults()).execute(org.emotionworkbench.model.Presets.get("tiny"),
                org.emotionworkbench.training.TrainingOptions.of(3, 32, 0.001, 1),
                new org.emotionworkbench.run.DataOptions(Path.of("sample-data").toAbsolutePath().toString(), null, 0.2, false, null, null),
                org.emotionworkbench.run.RunFolder.createNew(runDir, false));
        robot.interact(() -> context.runs().refresh());
        robot.clickOn("#datasets-tab-labelling");
        robot.interact(() -> {
            vm.labelling().imagesFolderProperty().set(SD.toString());
            vm.labelling().labelsFileProperty().set("");
        });
        robot.clickOn("#labelling-load");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.labelling().items().size() == 140);
        robot.interact(() -> {
            vm.labelling().handleKey("4");
            vm.labelling().handleKey("4");
            vm.labelling().runProperty().set(context.runs().runs().get(0));
        });
        robot.clickOn("#labelling-suggest");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.labelling().statusProperty().get().contains("suggested"));
        WaitForAsyncUtils.waitForFxEvents();
        System.out.println(vm.labelling().statusProperty().get());
        Screenshots.save(view, Path.of("target/screenshots/sd-labelling.png"));
        assertEquals(2, vm.labelling().items().stream().filter(i -> i.human() != null).count(), "human labels kept");
    }
}
