package org.emotionworkbench.ui.datasets;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Left column, top: the dataset path, Open / Add to comparison, the folder options, load progress and what loaded. */
final class OpenDatasetPanel extends VBox {
    OpenDatasetPanel(OpenDatasetViewModel vm, OverviewViewModel overview) {
        setSpacing(6);
        TextField path = Controls.field("dataset-path", "folder, FER2013 .csv or manifest .json");
        path.textProperty().bindBidirectional(vm.pathProperty());
        path.setOnAction(e -> vm.open());
        Controls.tip(path, "A folder <root>/{train,test}/<class>/* or <root>/<class>/*, the original FER2013 CSV "
                + "(emotion,pixels,Usage), or a manifest .json (files with labels and splits).");
        // choosing in the dialog opens it: no second click on Open
        Button folder = Controls.browseFolder(path, "Dataset folder", vm::open);
        folder.setId("browse-dataset-folder");
        Button file = Controls.browseFile(path, "FER2013 CSV or manifest", vm::open,
                new FileChooser.ExtensionFilter("FER2013 CSV or manifest", "*.csv", "*.json"));
        file.setId("browse-dataset-file");

        Button open = new Button("Open");
        open.setId("open-dataset");
        open.setDefaultButton(false);
        open.setOnAction(e -> vm.open());
        open.disableProperty().bind(vm.loadingProperty());
        Button compare = new Button("Add to comparison");
        compare.setId("add-comparison");
        compare.setOnAction(e -> vm.addToComparison(overview::addComparison));
        Controls.tip(compare, "Counts this dataset's images per class (nothing is decoded) and adds them to the chart "
                + "beside the open dataset.");

        ProgressBar progress = new ProgressBar();
        progress.setId("load-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-load");
        cancel.setOnAction(e -> vm.cancel());
        HBox progressRow = new HBox(4, progress, cancel);
        Label progressText = new Label();
        progressText.getStyleClass().add("hint");
        progressText.textProperty().bind(vm.progressTextProperty());
        VBox loading = new VBox(2, progressRow, progressText);
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(vm.loadingProperty());

        Label summary = new Label();
        summary.setId("dataset-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(overview.summaryProperty());
        Label info = Controls.hint("");
        info.setId("dataset-info");
        info.textProperty().bind(vm.infoProperty());

        Label message = Controls.error("open-message");
        message.textProperty().bind(vm.messageProperty());
        Button labelMap = new Button("Label map…");
        labelMap.setId("edit-label-map");
        labelMap.setOnAction(e -> vm.editLabelMap());
        Controls.tip(labelMap, "Say what each class folder of this folder holds (folders named in another language, "
                + "numbered, or with other class names). Remembered for this folder.");
        getChildren().addAll(Controls.title("Dataset"), Controls.row(path, folder, file),
                new HBox(6, open, compare, labelMap), sourceOptions(vm.source()), message, loading, summary, info);
    }

    private static TitledPane sourceOptions(SourceOptionsModel s) {
        ChoiceBox<String> layout = new ChoiceBox<>();
        layout.setId("source-layout");
        layout.getItems().setAll(SourceOptionsModel.LAYOUTS);
        layout.valueProperty().bindBidirectional(s.layoutProperty());
        Controls.tip(layout, "What numeric class folders mean. affectnet: 0=neutral 1=happy 2=sad 3=surprise 4=fear "
                + "5=disgust 6=angry 7=contempt (skipped). fer2013: 0=angry 1=disgust 2=fear 3=happy 4=sad 5=surprise "
                + "6=neutral. Never guessed.");
        TextField map = Controls.field("source-label-map", "label map .json or .csv");
        map.textProperty().bindBidirectional(s.labelMapProperty());
        Controls.tip(map, "Folder name → class (or skip), e.g. {\"marah\": \"angry\", \"senang\": \"happy\"} for "
                + "folders named in another language.");
        TextField labels = Controls.field("source-labels", "labels .csv for an unlabelled folder");
        labels.textProperty().bindBidirectional(s.labelsProperty());
        Controls.tip(labels, "A labels CSV (file,label,source,...) that labels a folder of images without class "
                + "folders, e.g. one saved on the Labelling tab.");

        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.addRow(0, new Label("Layout"), layout);
        g.addRow(1, new Label("Label map"), Controls.row(map, Controls.browseFile(map, "Label map",
                new FileChooser.ExtensionFilter("Label map", "*.json", "*.csv"))));
        g.addRow(2, new Label("Labels CSV"), Controls.row(labels, Controls.browseFile(labels, "Labels CSV",
                new FileChooser.ExtensionFilter("Labels CSV", "*.csv"))));
        GridPane.setHgrow(g.getChildren().get(3), Priority.ALWAYS);
        Label hint = Controls.hint("For folders only; give at most one. Without them, class folders must be named "
                + "angry, disgust, fear, happy, neutral, sad, surprise (or aliases).");
        VBox box = new VBox(4, g, hint);
        box.setPadding(new Insets(4));
        TitledPane pane = new TitledPane("Folder options", box);
        pane.setId("source-options");
        Runnable expandWhenUsed = () -> {
            if (!SourceOptionsModel.NO_LAYOUT.equals(s.layoutProperty().get()) || !s.labelMapProperty().get().isBlank()
                    || !s.labelsProperty().get().isBlank()) {
                pane.setExpanded(true);
            }
        };
        pane.setExpanded(false);
        expandWhenUsed.run();
        s.layoutProperty().addListener((o, a, b) -> expandWhenUsed.run());
        s.labelMapProperty().addListener((o, a, b) -> expandWhenUsed.run());
        s.labelsProperty().addListener((o, a, b) -> expandWhenUsed.run());
        return pane;
    }
}
