package org.emotionworkbench.ui.explain;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.emotionworkbench.ui.common.Hints;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.explain.MeanHeatmapAccumulator;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.run.RunExplainer;

/**
 * Where the model looks on average, per class: seven mean heatmaps ({@code #mean-heatmaps}), each over the mean
 * face of its class, computed over the run's evaluation set on demand, with progress and cancel.
 */
final class MeanHeatmapsPane extends TitledPane {
    private static final double SIZE = 120;
    private final ExplainViewModel vm;
    private final GridPane grid = new GridPane();
    private final ImageView[] images = new ImageView[Emotion.COUNT];
    private final ColorScaleBar scale = ColorScaleBar.forColormap("mean-color-scale", SIZE, Colormap.JET);
    private final Label[] captions = new Label[Emotion.COUNT];

    MeanHeatmapsPane(ExplainViewModel vm) {
        this.vm = vm;
        MeanHeatmapsViewModel means = vm.means();
        setText("Mean heatmaps per class (the whole evaluation set chosen on the left)");
        setId("mean-heatmaps-pane");
        Button start = new Button("Compute");
        start.setId("mean-heatmaps-start");
        start.setTooltip(new Tooltip("Explain every face of the run's evaluation set with the method and layer above, "
                + "and average the heatmaps per class."));
        start.disableProperty().bind(means.runningProperty());
        start.setOnAction(e -> means.start());
        Button cancel = new Button("Cancel");
        cancel.setId("mean-heatmaps-cancel");
        cancel.disableProperty().bind(means.runningProperty().not());
        cancel.setOnAction(e -> means.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("mean-heatmaps-progress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(means.progressProperty());
        progress.visibleProperty().bind(means.runningProperty());
        Label status = new Label();
        status.setId("mean-heatmaps-status");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(means.statusProperty());
        Label hint = Hints.paragraph("Grouped by the predicted class (or by the true class when \"true class\" or a fixed "
                + "class is chosen). Each is drawn over the mean face of its group.");

        grid.setId("mean-heatmaps");
        grid.setHgap(8);
        grid.setVgap(4);
        for (Emotion e : Emotion.values()) {
            int i = e.ordinal();
            images[i] = HeatmapImages.view("mean-" + e.label(), SIZE);
            captions[i] = new Label(e.label());
            VBox cell = new VBox(2, images[i], captions[i]);
            cell.setAlignment(Pos.CENTER);
            cell.setMinSize(SIZE, SIZE + 20);
            cell.setStyle("-fx-background-color: #eceff1;");
            grid.add(cell, i, 0);
        }
        grid.add(scale, Emotion.COUNT, 0);
        means.resultProperty().addListener((o, a, r) -> redraw());
        vm.colormapProperty().addListener((o, a, c) -> redraw());
        vm.opacityProperty().addListener((o, a, c) -> redraw());

        HBox tools = new HBox(8, start, cancel, progress, status);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, hint, tools, grid);
        box.setPadding(new Insets(6));
        setContent(box);
        redraw();
    }

    private void redraw() {
        scale.show(vm.colormapProperty().get());
        RunExplainer.MeanHeatmapsResult r = vm.means().resultProperty().get();
        for (Emotion e : Emotion.values()) {
            images[e.ordinal()].setImage(null);
            captions[e.ordinal()].setText(e.label() + (r == null ? "" : " (0 faces)"));
        }
        if (r == null) {
            return;
        }
        for (MeanHeatmapAccumulator.ClassMean m : r.means()) {
            int i = m.target().ordinal();
            images[i].setImage(HeatmapImages.overlay(m.meanFace(), m.heatmap(), vm.colormapProperty().get(),
                    vm.opacityProperty().get()));
            captions[i].setText(m.target().label() + " (" + m.count() + (m.count() == 1 ? " face)" : " faces)"));
        }
    }
}
