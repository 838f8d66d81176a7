package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.ui.common.RowHeights;
import org.emotionworkbench.ui.common.Glossary;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.emotionworkbench.dataset.FillMode;
import org.emotionworkbench.training.Balancing;

import java.util.function.Function;

/** Left column, below the dataset: how it is prepared for training, and what that gives per class. */
final class PreparationPanel extends VBox {
    PreparationPanel(PreparationViewModel vm, PreparationPreviewModel preview) {
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));

        TextField fraction = number("validation-fraction", vm.validationFractionProperty(),
                "Share of each class held out for validation (stratified: every class keeps its proportion). 0.2 = 20 %.");
        CheckBox consolidate = check("consolidate", "Consolidate train + test", vm.consolidateProperty(),
                "Merge the test split into the training pool (then evaluation uses the validation part, or the "
                        + "cross-dataset test set below).");
        ChoiceBox<Balancing> balancing = new ChoiceBox<>();
        balancing.setId("balancing");
        balancing.getItems().setAll(Balancing.values());
        balancing.setConverter(converter(b -> switch (b) {
            case NONE -> "none";
            case CLASS_WEIGHTS -> "class weights";
            case AUGMENT_MINORITY -> "augment minority";
        }));
        balancing.valueProperty().bindBidirectional(vm.balancingProperty());
        Controls.tip(balancing, "Imbalance: class weights make rare classes count more in the loss "
                + "(n / (classes × count)); augment minority adds augmented copies of smaller classes up to the largest.");
        CheckBox exclude = check("exclude-duplicates", "Exclude train/test duplicates", vm.excludeDuplicatesProperty(),
                "Leave out training images whose pixels equal a test image's (FER2013 has 568), so the test is fair.");
        TextField test = Controls.field("test-set", "optional");
        test.textProperty().bindBidirectional(vm.testSpecProperty());
        Controls.tip(test, "Cross-dataset test: evaluate on another dataset's test split (or all of it) instead of "
                + "this dataset's own test split, e.g. train on synthetic faces, test on FER2013.");
        Button clearTest = new Button("×");
        clearTest.setOnAction(e -> vm.testSpecProperty().set(""));
        Controls.tip(clearTest, "No cross-dataset test set");

        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.addRow(0, new Label("Validation fraction"), fraction);
        g.addRow(1, Glossary.label("Balancing", "class weights", "augmentation"), balancing);
        VBox basics = new VBox(4, g, consolidate, exclude, new Label("Test on another dataset"),
                Controls.row(test, Controls.browseFolder(test, "Test dataset"), Controls.browseFile(test, "Test dataset"), clearTest));

        CheckBox augment = check("augment", "Augment training images", vm.augmentProperty(),
                "Random small rotations, zooms, shifts and shears of each training image, new every epoch "
                        + "(Keras ImageDataGenerator ranges).");
        Glossary.explain(augment, "augmentation");
        Button pisa = new Button("Pisa preset");
        pisa.setId("augment-pisa");
        pisa.setOnAction(e -> vm.applyPisaPreset());
        Controls.tip(pisa, "The Pisa report's settings: rotation 10°, zoom 0.15, width/height shift 0.1, shear 0.15°, no flips.");
        GridPane r = new GridPane();
        r.setHgap(6);
        r.setVgap(4);
        r.addRow(0, new Label("Rotation °"), number("aug-rotation", vm.rotationProperty(), "Degrees, drawn in ±range."),
                new Label("Zoom"), number("aug-zoom", vm.zoomProperty(), "Zoom factors drawn in [1 − z, 1 + z]."));
        r.addRow(1, new Label("Width shift"), number("aug-width-shift", vm.widthShiftProperty(), "Fraction of the width, ±range."),
                new Label("Height shift"), number("aug-height-shift", vm.heightShiftProperty(), "Fraction of the height, ±range."));
        ChoiceBox<FillMode> fill = new ChoiceBox<>();
        fill.setId("aug-fill");
        fill.getItems().setAll(FillMode.values());
        fill.setConverter(converter(FillMode::kerasName));
        fill.valueProperty().bindBidirectional(vm.fillModeProperty());
        Controls.tip(fill, "How pixels moved in from outside the image are filled (nearest repeats the edge).");
        r.addRow(2, new Label("Shear °"), number("aug-shear", vm.shearProperty(), "Shear angle in degrees (as Keras), ±range."),
                new Label("Fill"), fill);
        CheckBox hflip = check("aug-hflip", "Left-right flips", vm.horizontalFlipProperty(), "Mirror half the images left-right.");
        CheckBox vflip = check("aug-vflip", "Up-down flips", vm.verticalFlipProperty(), "Mirror half the images top-bottom.");
        VBox aug = new VBox(4, new HBox(8, augment, pisa), r, new HBox(8, hflip, vflip));
        r.disableProperty().bind(augment.selectedProperty().not());
        hflip.disableProperty().bind(augment.selectedProperty().not());
        vflip.disableProperty().bind(augment.selectedProperty().not());

        Label message = Controls.error("preparation-message");
        message.textProperty().bind(vm.messageProperty());

        TableView<PreviewRow> table = previewTable(preview);
        Label note = Controls.hint("");
        note.setId("split-note");
        note.textProperty().bind(preview.noteProperty());

        getChildren().addAll(Controls.title("Preparation for training"),
                Controls.hint("Used by the Training screen."), basics, aug, message,
                new Label("What training gets per class"), table, note);
    }

    private static TableView<PreviewRow> previewTable(PreparationPreviewModel preview) {
        TableView<PreviewRow> t = new TableView<>(preview.rows());
        t.setId("split-preview");
        t.getColumns().add(column("class", PreviewRow::label, 72));
        t.getColumns().add(column("train", PreviewRow::trainText, 62));
        t.getColumns().add(column("valid.", PreviewRow::validationText, 56));
        t.getColumns().add(column("test", PreviewRow::evaluationText, 56));
        t.getColumns().add(column("weight", PreviewRow::weightText, 56));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.minHeightProperty().bind(RowHeights.fit(t, t.fixedCellSizeProperty(), 1.7, 8, 1.4)); // 22 px rows at 100 %
        t.setPlaceholder(new Label("No dataset"));
        Controls.tip(t, "Computed by the engine with the same steps as a run: stratified split, duplicates left out, "
                + "balancing. weight = balanced class weight (class-weights balancing only).");
        return t;
    }

    private static TableColumn<PreviewRow, String> column(String title, Function<PreviewRow, String> value, double width) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        if (!title.equals("class")) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    private static TextField number(String id, javafx.beans.property.StringProperty p, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.textProperty().bindBidirectional(p);
        return Controls.tip(f, tip);
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty p, String tip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return Controls.tip(c, tip);
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
