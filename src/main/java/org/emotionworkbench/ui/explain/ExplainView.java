package org.emotionworkbench.ui.explain;

import org.emotionworkbench.ui.common.ScaledWidths;
import org.emotionworkbench.ui.common.Glossary;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.emotionworkbench.ui.common.Hints;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageFormats;
import org.emotionworkbench.explain.ClassTarget;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.evaluation.EvaluationSet;
import org.emotionworkbench.ui.evaluation.RunChooser;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Explain screen: where a run's model looks on one face (heatmap over the face, with class, layer, method,
 * colormap and opacity), its probabilities and the heatmap's trust score; the same face through a second run with
 * the difference of the two heatmaps; and the mean heatmap of each class over the evaluation set.
 */
public final class ExplainView extends BorderPane {
    private static final double MAIN = 288;
    private static final double SMALL = 150;
    private final ExplainViewModel vm;
    private final ImageView image = HeatmapImages.view("explain-image", MAIN);
    private final ImageView compareImage = HeatmapImages.view("compare-image", SMALL);
    private final ImageView differenceImage = HeatmapImages.view("difference-image", SMALL);
    private final ColorScaleBar mainScale = ColorScaleBar.forColormap("explain-color-scale", MAIN, Colormap.JET);
    private final ColorScaleBar compareScale = ColorScaleBar.forColormap("compare-color-scale", SMALL, Colormap.JET);
    private final ProbabilityBars probabilities = new ProbabilityBars();
    private final Label trust = new Label();
    private final Label compareStatus = new Label();
    private final VBox compareBox = new VBox(6);

    public ExplainView(WorkbenchContext context) {
        setId("explain-view");
        vm = new ExplainViewModel(context);
        setTop(top(context));
        setLeft(faceList());
        ScrollPane center = new ScrollPane(center());
        center.setFitToWidth(true);
        setCenter(center);
        vm.resultProperty().addListener((o, a, r) -> redraw());
        vm.colormapProperty().addListener((o, a, c) -> redraw());
        vm.opacityProperty().addListener((o, a, c) -> redraw());
        redraw();
    }

    private HBox top(WorkbenchContext context) {
        ComboBox<RunEntry> run = RunChooser.create("explain-run", context.runs().runs(), vm.runProperty());
        run.setTooltip(new Tooltip("The run (trained model) whose heatmaps are shown."));
        ComboBox<RunEntry> compare = RunChooser.create("compare-run", vm.compareCandidates(), vm.compareRunProperty());
        compare.setPromptText("none");
        compare.setTooltip(new Tooltip("A second run (say, trained on synthetic faces) to explain the same face and class."));
        Button noCompare = new Button("\u2715");
        noCompare.setId("compare-clear");
        noCompare.setTooltip(new Tooltip("Stop comparing."));
        noCompare.setOnAction(e -> vm.compareRunProperty().set(null));
        Button open = new Button("Open image…");
        open.setId("open-image");
        open.setTooltip(new Tooltip("Explain any face image (" + ImageFormats.describe() + "); it is preprocessed to 48×48 gray "
                + "as in training. Its true class is taken from its folder's name when that is a class name."));
        open.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle("Face image to explain");
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", ImageFormats.globs()));
            File f = c.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.faceProperty().set(FaceChoice.ofFile(f.toPath()));
            }
        });
        HBox top = new HBox(8, new Label("Run"), run, new Label("Compare with"), compare, noCompare, open);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        return top;
    }

    private VBox faceList() {
        Label title = new Label("Faces of an evaluation set");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<EvaluationSet> set = new ComboBox<>(vm.sets());
        set.setId("explain-set");
        set.setMaxWidth(Double.MAX_VALUE);
        set.valueProperty().bindBidirectional(vm.evaluationSetProperty());
        set.setTooltip(new Tooltip("The run's own test set, or another dataset it was evaluated on (Evaluation screen). "
                + "The face list and the mean heatmaps come from it."));
        CheckBox mistakes = new CheckBox("Only mistakes");
        mistakes.setId("mistakes-only");
        mistakes.selectedProperty().bindBidirectional(vm.mistakesOnlyProperty());
        ListView<FaceChoice> list = new ListView<>(vm.faces());
        list.setId("face-list");
        list.setPlaceholder(new Label("No predictions.csv for this run."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            FaceChoice now = vm.faceProperty().get();
            if (f != null && (now == null || !now.source().equals(f.source()))) {
                vm.faceProperty().set(f);
            }
        });
        Runnable showCurrent = () -> {
            FaceChoice now = vm.faceProperty().get();
            FaceChoice selected = list.getSelectionModel().getSelectedItem();
            if (now == null || selected != null && selected.source().equals(now.source())) {
                return;
            }
            list.getItems().stream().filter(x -> x.source().equals(now.source())).findFirst().ifPresentOrElse(x -> {
                list.getSelectionModel().select(x);
                list.scrollTo(x);
            }, () -> list.getSelectionModel().clearSelection());
        };
        vm.faceProperty().addListener((o, a, f) -> showCurrent.run());
        vm.faces().addListener((javafx.collections.ListChangeListener<FaceChoice>) c -> Platform.runLater(showCurrent));
        Label hint = new Label("true\u2192predicted, confidence, file");
        hint.getStyleClass().add("hint");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, title, set, mistakes, hint, list);
        box.setPadding(new Insets(8));
        ScaledWidths.prefWidth(box, 290);
        return box;
    }

    private VBox center() {
        ComboBox<ClassTarget> target = new ComboBox<>();
        target.setId("explain-class");
        List<ClassTarget> targets = new ArrayList<>(List.of(ClassTarget.predicted(), ClassTarget.trueClass()));
        for (Emotion e : Emotion.values()) {
            targets.add(ClassTarget.of(e));
        }
        target.getItems().setAll(targets);
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClassTarget t) {
                return t == null ? "" : switch (t.kind()) {
                    case PREDICTED -> "predicted class";
                    case TRUE -> "true class";
                    case FIXED -> t.fixed().label();
                };
            }

            @Override
            public ClassTarget fromString(String s) {
                return ClassTarget.parse(s);
            }
        });
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.setTooltip(new Tooltip("The class whose evidence is shown: what the model predicted, the face's true "
                + "class, or any emotion (\"why not happy?\")."));

        ComboBox<String> layer = new ComboBox<>(vm.layers());
        layer.setId("explain-layer");
        layer.setPromptText("last conv layer");
        layer.valueProperty().bindBidirectional(vm.layerProperty());
        layer.setTooltip(new Tooltip("The convolution layer whose feature maps are weighted. Later layers see larger, "
                + "more meaningful parts (mouth, eyes) but coarser; earlier ones see edges."));

        ComboBox<MethodOption> method = new ComboBox<>();
        method.getItems().setAll(MethodOption.values());
        method.setId("explain-method");
        method.valueProperty().bindBidirectional(vm.methodProperty());
        Tooltip methodTip = new Tooltip();
        methodTip.textProperty().bind(vm.methodProperty().map(MethodOption::explanation));
        method.setTooltip(methodTip);

        ComboBox<Colormap> colormap = new ComboBox<>();
        colormap.getItems().setAll(Colormap.values());
        colormap.setId("colormap");
        colormap.setConverter(new StringConverter<>() {
            @Override
            public String toString(Colormap c) {
                return c == null ? "" : c.cliName();
            }

            @Override
            public Colormap fromString(String s) {
                return Colormap.parse(s);
            }
        });
        colormap.valueProperty().bindBidirectional(vm.colormapProperty());
        colormap.setTooltip(new Tooltip("Colours from cold (model ignores) to hot (model relies on this region)."));

        Slider opacity = new Slider(0, 1, 0.5);
        opacity.setId("opacity");
        opacity.setPrefWidth(120);
        opacity.valueProperty().bindBidirectional(vm.opacityProperty());
        opacity.setTooltip(new Tooltip("How strongly the heatmap covers the face (0: face only, 1: heatmap only)."));
        Label opacityValue = new Label();
        opacityValue.setId("opacity-value");
        opacityValue.setMinWidth(Region.USE_PREF_SIZE);
        opacityValue.textProperty().bind(vm.opacityProperty().map(v ->
                String.format(Locale.ROOT, "%.0f %%", v.doubleValue() * 100)));

        FlowPane settings = new FlowPane(14, 6, labelled("Class", target), labelled("Layer", layer),
                labelled(Glossary.label("Method", "Grad-CAM"), method), labelled("Colours", colormap), labelled("Opacity", opacity, opacityValue));
        settings.setId("explain-settings");

        Label status = new Label();
        status.setId("heatmap-status");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        vm.statusErrorProperty().addListener((o, a, err) -> status.getStyleClass().setAll(err ? "error-text" : "label"));

        Label probTitle = new Label("Probabilities");
        probTitle.getStyleClass().add("section-title");
        trust.setId("trust");
        trust.setWrapText(true);
        trust.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        trust.setMaxWidth(300);
        trust.setTooltip(new Tooltip("Trust: how much the class probability drops when the hottest 20 % of pixels are "
                + "blurred, minus the drop when 20 % random pixels are. Positive: the heatmap found pixels the "
                + "decision really depends on."));
        VBox side = new VBox(6, probTitle, probabilities, trust);
        HBox frame = new HBox(6, new StackPaneFrame(image, MAIN), mainScale);

        Label compareTitle = new Label("Second run, same face and class");
        compareTitle.getStyleClass().add("section-title");
        compareStatus.setId("compare-status");
        compareStatus.setWrapText(true);
        compareStatus.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        compareStatus.setMaxWidth(2 * SMALL + 90);
        Label legend = Hints.paragraph("Left: the second run's heatmap. Right: first minus second run; red: the first run "
                + "looks there more, blue: the second run does, white: both alike.");
        legend.setMaxWidth(2 * SMALL + 90);
        compareBox.getChildren().addAll(compareTitle, new HBox(6, new StackPaneFrame(compareImage, SMALL),
                compareScale, new StackPaneFrame(differenceImage, SMALL),
                ColorScaleBar.forDifference("difference-color-scale", SMALL)), compareStatus, legend);
        compareBox.setId("compare-box");

        HBox main = new HBox(16, frame, side, compareBox);
        VBox center = new VBox(10, settings, status, main, new MeanHeatmapsPane(vm));
        center.setPadding(new Insets(8));
        return center;
    }

    private void redraw() {
        ExplainResult r = vm.resultProperty().get();
        Colormap cm = vm.colormapProperty().get();
        double op = vm.opacityProperty().get();
        mainScale.show(cm);
        compareScale.show(cm);
        if (r == null) {
            image.setImage(null);
            probabilities.show(null, null, null);
            trust.setText("");
        } else {
            var e = r.main().explanation();
            image.setImage(HeatmapImages.overlay(r.pixels(), r.main().heatmap(), cm, op));
            probabilities.show(e.probabilities(), e.predicted(), r.face().trueLabel());
            trust.setText(r.main().trust() == null ? "" : TrustWording.describe(r.main().trust().score(),
                    e.target().toString(), r.main().trust().hotDrop(), r.main().trust().randomDrop()));
        }
        boolean comparing = r != null && r.other() != null;
        compareBox.setVisible(comparing);
        compareBox.setManaged(comparing);
        if (comparing) {
            var o = r.other().explanation();
            compareImage.setImage(HeatmapImages.overlay(r.pixels(), r.other().heatmap(), cm, op));
            differenceImage.setImage(HeatmapImages.signed(r.comparison().difference()));
            compareStatus.setText(String.format(Locale.ROOT, "%s (layer %s): p(%s) = %.2f, predicts %s. Mean |difference| %.3f.",
                    vm.compareRunProperty().get() == null ? r.otherRunDir().getFileName() : vm.compareRunProperty().get().label(), r.other().layer(), o.target(), o.targetProbability(), o.predicted(),
                    r.comparison().meanAbsoluteDifference()));
        }
    }

    /** A control with its caption (and more), kept together when the settings row wraps. */
    private static HBox labelled(String caption, javafx.scene.Node... controls) {
        return labelled(new Label(caption), controls);
    }

    private static HBox labelled(Label caption, javafx.scene.Node... controls) {
        HBox box = new HBox(6, caption);
        box.getChildren().addAll(controls);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    public ExplainViewModel viewModel() {
        return vm;
    }

    /** An image on a neutral square of fixed size (so the layout does not jump while nothing is drawn). */
    private static final class StackPaneFrame extends javafx.scene.layout.StackPane {
        StackPaneFrame(ImageView view, double size) {
            super(view);
            setMinSize(size, size);
            setPrefSize(size, size);
            setMaxSize(size, size);
            setStyle("-fx-background-color: #eceff1;");
        }
    }
}
