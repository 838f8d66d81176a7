package org.emotionworkbench.ui.tour;

import org.emotionworkbench.ui.common.Stylesheet;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.ui.MainView;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchApp;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.UiScale;
import org.emotionworkbench.ui.datasets.DatasetOpener;
import org.emotionworkbench.ui.explain.ExplainView;
import org.emotionworkbench.ui.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * Renders every screen of the real workbench into PNGs, the way a user gets there: opens a dataset, shows pisa in
 * the model editor, trains tiny twice (two seeds) through the Training screen, opens the sad-as-neutral cell (or
 * the largest mistake), explains its most confident face against the second run, compares the two runs, opens the
 * glossary. Options.scalePercent draws it all in presentation mode. Run under a display (xvfb-run on a server):
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -jar target/emotion-workbench.jar screenshots}.
 */
public final class ScreenshotTour {
    /** What to show and where to write it; {@code scalePercent} is the presentation-mode scale (100 = normal). */
    public record Options(Path out, Path workspace, Path data, int epochs, int width, int height, int scalePercent) {
        public Options {
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(data, "data");
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
            }
            if (!UiScale.STEPS.contains(scalePercent)) {
                throw new IllegalArgumentException("scale must be one of " + UiScale.STEPS + " (percent), got "
                        + scalePercent);
            }
        }
    }

    private ScreenshotTour() {
    }

    public static void run(Options o) throws Exception {
        inWindow(o, ScreenshotTour::tour);
    }

    /** What a tour does once the window is up. */
    interface Steps {
        void run(Options o, WorkbenchContext ctx, FxSteps fx) throws Exception;
    }

    /** Starts the toolkit, shows the workbench window over the options' workspace, runs the steps, closes it all. */
    static void inWindow(Options o, Steps steps) throws Exception {
        Files.createDirectories(o.workspace());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        WorkbenchContext[] holder = new WorkbenchContext[1];
        Scene scene = FxSteps.onFx(() -> {
            WorkbenchContext ctx = new WorkbenchContext(Platform::runLater, o.workspace().resolve("settings.json"),
                    new Workspace(o.workspace()), LoadOptions.defaults());
            holder[0] = ctx;
            ctx.uiScale().set(o.scalePercent());
            Scene s = new Scene(new MainView(ctx), o.width(), o.height());
            s.getStylesheets().add(Stylesheet.WORKBENCH.url());
            Stage stage = new Stage();
            stage.setTitle(WorkbenchApp.TITLE);
            stage.setScene(s);
            stage.show();
            return s;
        });
        WorkbenchContext ctx = holder[0];
        FxSteps fx = new FxSteps(scene);
        try {
            steps.run(o, ctx, fx);
        } finally {
            FxSteps.onFx(ctx::close);
            Platform.exit();
        }
    }

    private static void tour(Options o, WorkbenchContext ctx, FxSteps fx) throws IOException {
        Scene scene = fx.scene();
        // Datasets
        FxSteps.onFx(() -> new DatasetOpener(ctx).open(o.data(), SourceOptions.defaults(), ds -> {
        }));
        FxSteps.waitUntil("the dataset to load", 600, () -> ctx.datasetProperty().get() != null
                && ctx.tasks().running().isEmpty());
        fx.snapshot(o.out().resolve("datasets.png"));
        if (selectTab(scene, "datasets-tab-faces")) {
            fx.snapshot(o.out().resolve("datasets-faces.png"));
        }
        if (selectTab(scene, "datasets-tab-augmentation")) {
            fx.lookup("#reshuffle-augmentations", ButtonBase.class).ifPresent(b -> FxSteps.onFx(b::fire));
            fx.snapshot(o.out().resolve("datasets-augmentation.png"));
        }
        selectTab(scene, "datasets-tab-overview");

        // Model: the Pisa CNN, then back to tiny for training
        FxSteps.onFx(() -> {
            ctx.modelProperty().set(Presets.get("pisa"));
            ctx.screenProperty().set(Screen.MODEL);
        });
        fx.snapshot(o.out().resolve("model.png"));
        fineTunedRunOnTheModelScreen(o, ctx, fx);
        FxSteps.onFx(() -> ctx.modelProperty().set(Presets.get("tiny")));

        // Training: two seeds, so Compare has a pair
        FxSteps.onFx(() -> ctx.screenProperty().set(Screen.TRAINING));
        train(fx, ctx, o.epochs(), "tour-tiny-seed42", "42");
        fx.snapshot(o.out().resolve("training.png"));
        train(fx, ctx, o.epochs(), "tour-tiny-seed7", "7");

        // Evaluation: the first run
        FxSteps.onFx(() -> {
            ctx.runs().refresh();
            ctx.runs().runs().stream().filter(r -> r.name().equals("tour-tiny-seed42")).findFirst()
                    .ifPresent(ctx.selectedRunProperty()::set);
            ctx.screenProperty().set(Screen.EVALUATION);
        });
        FxSteps.waitUntil("the confusion matrix", 60, () -> cells(scene).size() == 49);
        FxSteps.waitUntil("the run's evaluation to load", 60, () -> ctx.tasks().running().isEmpty());
        FxSteps.sleep(1000);
        // sad -> neutral, the confusion this field studies most, when the model makes it; else the largest mistake
        Node sadNeutral = FxSteps.onFx(() -> cells(scene).stream().filter(n -> n.getId().equals("cell-sad-neutral"))
                .findFirst().orElse(null));
        Node cell = sadNeutral != null && count(sadNeutral) > 0 ? sadNeutral : FxSteps.onFx(() -> cells(scene).stream()
                .filter(n -> !isDiagonal(n.getId()))
                .max(Comparator.comparingInt(ScreenshotTour::count)).orElseThrow());
        click(cell);
        FxSteps.waitUntil("gallery thumbnails", 60, () -> scene.getRoot().lookupAll(".gallery-face .image-view")
                .stream().anyMatch(v -> v instanceof ImageView iv && iv.getImage() != null));
        fx.snapshot(o.out().resolve("evaluation.png"));

        // Explain: the most confident face of that cell, compared with the second run
        Node face = FxSteps.onFx(() -> scene.getRoot().lookupAll(".gallery-face").stream()
                .filter(n -> n.lookup(".image-view") instanceof ImageView v && v.getImage() != null)
                .findFirst().orElseThrow());
        click(face);
        ExplainView explain = fx.find("#explain-view", ExplainView.class);
        FxSteps.waitUntil("the heatmap", 120, () -> explain.viewModel().heatmapProperty().get() != null);
        fx.lookup("#compare-run", javafx.scene.control.ComboBox.class).ifPresent(c -> FxSteps.onFx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<Object> combo = (javafx.scene.control.ComboBox<Object>) c;
            combo.getItems().stream().filter(i -> i instanceof org.emotionworkbench.ui.workspace.RunEntry r
                    && r.name().equals("tour-tiny-seed7")).findFirst()
                    .ifPresent(combo::setValue);
        }));
        fx.lookup("#mean-heatmaps-pane", javafx.scene.control.TitledPane.class)
                .ifPresent(p -> FxSteps.onFx(() -> p.setExpanded(true)));
        fx.lookup("#mean-heatmaps-start", ButtonBase.class).ifPresent(b -> FxSteps.onFx(b::fire));
        FxSteps.waitUntil("mean heatmaps and comparison", 180, () -> ctx.tasks().running().isEmpty());
        fx.snapshot(o.out().resolve("explain.png"));

        // Compare: both runs selected
        FxSteps.onFx(() -> ctx.screenProperty().set(Screen.COMPARE));
        TableView<?> runs = fx.find("#runs-table", TableView.class);
        FxSteps.waitUntil("the runs table", 60, () -> runs.getItems().size() >= 2);
        FxSteps.onFx(() -> runs.getSelectionModel().selectAll());
        FxSteps.waitUntil("the comparison", 120, () -> ctx.tasks().running().isEmpty());
        fx.snapshot(o.out().resolve("compare.png"));
        if (selectTab(scene, "compare-curves-tab")) {
            FxSteps.waitUntil("the learning curves", 60, () -> ctx.tasks().running().isEmpty());
            fx.snapshot(o.out().resolve("compare-curves.png"));
        }

        // Help -> Glossary, over the Compare screen
        FxSteps.onFx(() -> ((javafx.scene.control.MenuBar) scene.getRoot().lookup("#menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-glossary".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        Scene glossary = FxSteps.onFx(() -> javafx.stage.Window.getWindows().stream().map(javafx.stage.Window::getScene)
                .filter(s -> s != null && "glossary-view".equals(s.getRoot().getId())).findFirst().orElseThrow());
        new FxSteps(glossary).snapshot(o.out().resolve("glossary.png"));
        FxSteps.onFx(() -> glossary.getWindow().hide());
    }

    static void train(FxSteps fx, WorkbenchContext ctx, int epochs, String name, String seed) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> spinner = fx.find("#epochs", Spinner.class);
        FxSteps.onFx(() -> {
            spinner.getValueFactory().setValue(epochs);
            fx.find("#seed", TextField.class).setText(seed);
            fx.find("#run-name", TextField.class).setText(name);
        });
        ButtonBase start = fx.find("#start-training", ButtonBase.class);
        FxSteps.waitUntil("Start to be enabled", 30, () -> !start.isDisabled());
        FxSteps.onFx(start::fire);
        FxSteps.waitUntil("training " + name, 1800, () -> {
            Label outcome = fx.lookup("#training-outcome", Label.class).orElse(null);
            return outcome != null && outcome.getText().contains("Test accuracy") && ctx.selectedRunProperty().get() != null
                    && ctx.selectedRunProperty().get().name().equals(name);
        });
    }

    private static void click(Node node) {
        FxSteps.onFx(() -> {
            var b = node.localToScene(node.getBoundsInLocal());
            node.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, b.getCenterX(), b.getCenterY(), 0, 0,
                    MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, true, null));
        });
    }

    /** Selects the tab with this id in whichever TabPane holds it; false when there is none. */
    /**
     * The Model screen's "Selected run" tab on a fine-tuned run of the workspace (one {@code train --from ... --freeze}
     * made), its frozen layers marked: {@code model-frozen.png}; skipped when the workspace holds none.
     */
    private static void fineTunedRunOnTheModelScreen(Options o, WorkbenchContext ctx, FxSteps fx) throws IOException {
        org.emotionworkbench.ui.workspace.RunEntry fineTuned = FxSteps.onFx(() -> {
            ctx.runs().refresh();
            return ctx.runs().runs().stream().filter(r -> r.hasModel() && r.config() != null
                    && r.config().wasFineTuned()).findFirst().orElse(null);
        });
        if (fineTuned == null) {
            return;
        }
        FxSteps.onFx(() -> ctx.selectedRunProperty().set(fineTuned));
        selectTab(fx.scene(), "run-network-tab");
        TableView<?> layers = fx.find("#run-network-layers", TableView.class);
        FxSteps.waitUntil("the fine-tuned run's layers", 120, () -> !layers.getItems().isEmpty()
                && ctx.tasks().running().isEmpty());
        FxSteps.sleep(300);
        fx.snapshot(o.out().resolve("model-frozen.png"));
        selectTab(fx.scene(), "model-layers-tab");
    }

    static boolean selectTab(Scene scene, String tabId) {
        return FxSteps.onFx(() -> {
            java.util.List<Node> all = new java.util.ArrayList<>();
            collectAll(scene.getRoot(), all);
            for (Node n : all) {
                if (n instanceof javafx.scene.control.TabPane pane) {
                    for (javafx.scene.control.Tab t : pane.getTabs()) {
                        if (tabId.equals(t.getId())) {
                            pane.getSelectionModel().select(t);
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    private static void collectAll(javafx.scene.Parent parent, java.util.List<Node> out) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof javafx.scene.Parent p) {
                collectAll(p, out);
            }
        }
    }

    /** The confusion-matrix cells on screen (ids cell-<true>-<predicted>). */
    private static java.util.List<Node> cells(Scene scene) {
        java.util.List<Node> all = new java.util.ArrayList<>();
        collectAll(scene.getRoot(), all);
        return all.stream().filter(n -> n.getId() != null && n.getId().startsWith("cell-") && n.isVisible()).toList();
    }

    private static boolean isDiagonal(String id) {
        String[] parts = id.split("-");
        return parts.length == 3 && parts[1].equals(parts[2]);
    }

    private static int count(Node cell) {
        Node l = cell instanceof Label ? cell : cell.lookup(".label");
        try {
            return l instanceof Label label ? Integer.parseInt(label.getText().trim()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
