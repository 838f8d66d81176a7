package org.emotionworkbench.ui.importing;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.ui.common.FaceImages;
import org.emotionworkbench.ui.common.Hints;
import org.emotionworkbench.ui.common.UiScale;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File → Import Keras model…: the form, what the file declares, the live preview (faces with their folder label and
 * the model's top class) and Import. Thin: everything it shows and does is {@link ImportModelViewModel}'s.
 */
public final class ImportModelDialog extends BorderPane {
    /** Each face of the preview is drawn at this many pixels a pixel (48 → 96). */
    private static final int FACE_SCALE = 2;

    private final ImportModelViewModel vm;

    public ImportModelDialog(ImportModelViewModel vm) {
        this.vm = vm;
        setId("import-dialog");
        setPadding(new Insets(12));

        // the file
        TextField file = new TextField();
        file.setId("import-file");
        file.setPromptText("a Keras .h5 / .hdf5 file saved with model.save(...)");
        file.textProperty().bindBidirectional(vm.fileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setId("import-browse");
        browse.setOnAction(e -> chooseFile());
        Label declared = new Label();
        declared.setId("import-declared");
        declared.setWrapText(true);
        declared.setMinHeight(Region.USE_PREF_SIZE);
        declared.textProperty().bind(vm.declaredProperty());
        Label fileError = new Label();
        fileError.setId("import-file-error");
        fileError.getStyleClass().add("error-text");
        fileError.setWrapText(true);
        fileError.setMinHeight(Region.USE_PREF_SIZE);
        fileError.textProperty().bind(vm.fileErrorProperty());
        managedWhenShown(fileError);
        Label modelStatus = new Label();
        modelStatus.setId("import-model-status");
        modelStatus.getStyleClass().add("hint");
        modelStatus.setWrapText(true);
        modelStatus.setMinHeight(Region.USE_PREF_SIZE);
        modelStatus.textProperty().bind(vm.modelStatusProperty());
        managedWhenShown(modelStatus);

        // class order
        ComboBox<ImportModelViewModel.OrderChoice> order = new ComboBox<>();
        order.setId("import-order");
        order.getItems().setAll(ImportModelViewModel.OrderChoice.values());
        order.setPromptText("choose: the file does not say");
        order.valueProperty().bindBidirectional(vm.orderProperty());
        order.setTooltip(new Tooltip("Which emotion each output of the model stands for. Keras files do not store it, "
                + "and the common orders differ: FER2013's numeric labels put neutral last, the alphabetical order "
                + "puts it fifth. The preview shows a wrong order as faces that disagree with their folders."));
        FlowPane custom = new FlowPane(8, 4);
        custom.setId("import-custom-order");
        Runnable fillCustom = () -> {
            custom.getChildren().clear();
            for (int k = 0; k < vm.customOrder().size(); k++) {
                ComboBox<Emotion> pick = new ComboBox<>();
                pick.setId("import-custom-" + k);
                pick.getItems().setAll(Emotion.values());
                pick.valueProperty().bindBidirectional(vm.customOrder().get(k));
                HBox cell = new HBox(4, new Label("output " + k), pick);
                cell.setAlignment(Pos.CENTER_LEFT);
                custom.getChildren().add(cell);
            }
        };
        fillCustom.run();
        vm.customOrder().addListener((ListChangeListener<Object>) c -> fillCustom.run());
        custom.visibleProperty().bind(vm.orderProperty().isEqualTo(ImportModelViewModel.OrderChoice.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        // pixel scaling
        ComboBox<ImportModelViewModel.ScalingChoice> scaling = new ComboBox<>();
        scaling.setId("import-scaling");
        scaling.getItems().setAll(ImportModelViewModel.ScalingChoice.values());
        scaling.valueProperty().bindBidirectional(vm.scalingProperty());
        scaling.setTooltip(new Tooltip("How the model's training fed pixels: p / 255 gives [0, 1]; FER models trained "
                + "with Keras often used (p / 255 - 0.5) × 2, i.e. [-1, 1]; ImageNet models a mean and standard "
                + "deviation per channel (0-255 scale)."));
        TextField mean = new TextField();
        mean.setId("import-mean");
        mean.setPrefColumnCount(10);
        mean.textProperty().bindBidirectional(vm.meanProperty());
        TextField std = new TextField();
        std.setId("import-std");
        std.setPrefColumnCount(10);
        std.textProperty().bindBidirectional(vm.stdProperty());
        HBox meanStd = new HBox(6, new Label("mean"), mean, new Label("std"), std);
        meanStd.setAlignment(Pos.CENTER_LEFT);
        meanStd.visibleProperty().bind(vm.scalingProperty().isEqualTo(ImportModelViewModel.ScalingChoice.MEAN_STD));
        meanStd.managedProperty().bind(meanStd.visibleProperty());
        HBox scalingRow = new HBox(10, scaling, meanStd);
        scalingRow.setAlignment(Pos.CENTER_LEFT);

        // input size and run name
        TextField input = new TextField();
        input.setId("import-input");
        input.setPrefColumnCount(10);
        input.setPromptText("HxWxC, e.g. 64x64x1");
        input.textProperty().bindBidirectional(vm.inputSizeProperty());
        input.editableProperty().bind(vm.inputEditableProperty());
        Label inputHint = new Label();
        inputHint.getStyleClass().add("hint");
        inputHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.infoProperty().get() == null
                ? "" : vm.inputEditableProperty().get() ? "the file does not declare it: the faces are resized to this"
                : "declared by the file; the 48×48 faces are resized to it", vm.infoProperty(), vm.inputEditableProperty()));
        HBox inputRow = new HBox(10, input, inputHint);
        inputRow.setAlignment(Pos.CENTER_LEFT);
        TextField runName = new TextField();
        runName.setId("import-run-name");
        runName.setPrefColumnCount(28);
        runName.textProperty().bindBidirectional(vm.runNameProperty());
        Label runFolder = new Label();
        runFolder.setId("import-run-folder");
        runFolder.getStyleClass().add("hint");
        runFolder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.runFolderProperty().get().isEmpty() ? "" : "→ " + vm.runFolderProperty().get(), vm.runFolderProperty()));
        HBox runRow = new HBox(10, runName, runFolder);
        runRow.setAlignment(Pos.CENTER_LEFT);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        form.addRow(row++, new Label("Keras file"), new HBox(6, file, browse));
        form.add(new VBox(2, declared, fileError, modelStatus), 1, row++);
        form.addRow(row++, new Label("Class order"), order);
        form.add(custom, 1, row++);
        form.addRow(row++, new Label("Pixel scaling"), scalingRow);
        form.addRow(row++, new Label("Input size"), inputRow);
        form.addRow(row, new Label("Run name"), runRow);

        // the preview
        Label previewTitle = new Label("Preview");
        previewTitle.getStyleClass().add("section-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.previewRunningProperty());
        Label summary = new Label();
        summary.setId("import-preview-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.previewSummaryProperty());
        HBox previewHead = new HBox(8, previewTitle, busy);
        previewHead.setAlignment(Pos.CENTER_LEFT);
        FlowPane faces = new FlowPane(8, 8);
        faces.setId("import-preview");
        faces.setPadding(new Insets(4));
        vm.preview().addListener((ListChangeListener<PreviewFace>) c ->
                faces.getChildren().setAll(vm.preview().stream().map(ImportModelDialog::card).toList()));
        ScrollPane scroll = new ScrollPane(faces);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label previewHint = Hints.paragraph("The model, imported in the background, on a few faces per class of the open "
                + "dataset (or the sample data): its top class beside the face's folder label. A wrong class order shows "
                + "as classes consistently taken for another, a wrong scaling as one class for almost every face. "
                + "Nothing is written until Import.");
        VBox preview = new VBox(6, previewHead, previewHint, summary, scroll);
        preview.setPadding(new Insets(10, 0, 10, 0));

        // import
        Label problems = new Label();
        problems.setId("import-problems");
        problems.getStyleClass().add("hint");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(vm.problemsProperty());
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        vm.messageErrorProperty().addListener((o, a, err) -> message.getStyleClass().setAll(err ? "error-text" : "label"));
        managedWhenShown(message);
        Button importButton = new Button("Import");
        importButton.setId("import-run");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.setOnAction(e -> vm.importRun());
        Button close = new Button("Close");
        close.setId("import-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        HBox buttons = new HBox(8, importButton, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(6, problems, message, buttons);

        setTop(form);
        setCenter(preview);
        setBottom(bottom);
    }

    /** A face of the preview: the image, its folder label, the model's top class and probability, agreeing or not. */
    private static VBox card(PreviewFace f) {
        ImageView image = new ImageView(FaceImages.gray(f.face().pixels(), FACE_SCALE));
        Label folder = new Label("folder: " + f.folderLabel().label());
        Label model = new Label((f.agrees() ? "✓ " : "✗ ") + f.predictionText());
        model.getStyleClass().add(f.agrees() ? "agrees-text" : "error-text");
        VBox card = new VBox(2, image, folder, model);
        card.getStyleClass().add("import-preview-face");
        card.setAlignment(Pos.TOP_CENTER);
        card.setPrefWidth(112);
        Tooltip.install(card, new Tooltip(f.face().source()));
        return card;
    }

    private static void managedWhenShown(Label l) {
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
    }

    private void chooseFile() {
        FileChooser c = new FileChooser();
        c.setTitle("Keras model (HDF5, saved with model.save)");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Keras HDF5", "*.h5", "*.hdf5", "*.keras"),
                new FileChooser.ExtensionFilter("All files", "*"));
        String current = vm.fileProperty().get();
        if (current != null && !current.isBlank()) {
            Path parent = Path.of(current.trim()).toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                c.setInitialDirectory(parent.toFile());
            }
        }
        File f = c.showOpenDialog(getScene().getWindow());
        if (f != null) {
            vm.fileProperty().set(f.getAbsolutePath());
        }
    }

    public ImportModelViewModel viewModel() {
        return vm;
    }

    /**
     * Shows the dialog in its own window over {@code owner}, at the window's zoom level; it closes itself once a run
     * is imported, and frees the previewed model when closed.
     */
    public static Stage show(Window owner, ImportModelViewModel vm, UiScale scale) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Import Keras model");
        ImportModelDialog root = new ImportModelDialog(vm);
        root.styleProperty().bind(scale.rootStyleBinding());
        Scene scene = new Scene(root, 980, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        vm.importedRunProperty().addListener((o, a, run) -> {
            if (run != null) {
                stage.close(); // the run is selected in the main window
            }
        });
        stage.setOnHidden(e -> vm.close());
        stage.show();
        return stage;
    }
}
