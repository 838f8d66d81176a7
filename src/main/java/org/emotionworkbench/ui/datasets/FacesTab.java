package org.emotionworkbench.ui.datasets;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.GridView;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;

/** Faces tab: the loaded faces in a virtualised grid, filtered by class and split. */
final class FacesTab extends BorderPane {
    static final String ALL_CLASSES = "All classes";
    static final String ALL_SPLITS = "All splits";

    FacesTab(FaceGridViewModel vm, Runnable showAugmentations) {
        ChoiceBox<String> classFilter = new ChoiceBox<>();
        classFilter.setId("filter-class");
        classFilter.getItems().add(ALL_CLASSES);
        classFilter.getItems().addAll(Emotion.labels());
        classFilter.setValue(ALL_CLASSES);
        classFilter.valueProperty().addListener((o, a, v) ->
                vm.classFilterProperty().set(v == null || v.equals(ALL_CLASSES) ? null : Emotion.fromName(v).orElse(null)));
        ChoiceBox<String> splitFilter = new ChoiceBox<>();
        splitFilter.setId("filter-split");
        splitFilter.getItems().addAll(ALL_SPLITS, DataSplit.TRAIN.folderName(), DataSplit.TEST.folderName());
        splitFilter.setValue(ALL_SPLITS);
        splitFilter.valueProperty().addListener((o, a, v) ->
                vm.splitFilterProperty().set(v == null || v.equals(ALL_SPLITS) ? null : DataSplit.fromFolderName(v).orElse(null)));
        Label count = new Label();
        count.setId("face-count");
        count.textProperty().bind(vm.countProperty());
        Button augment = new Button("Augment the selected face");
        augment.setId("augment-selected");
        augment.disableProperty().bind(vm.selectedProperty().isNull());
        augment.setOnAction(e -> showAugmentations.run());
        HBox bar = new HBox(8, new Label("Class"), classFilter, new Label("Split"), splitFilter, count, augment);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));

        FaceImageCache cache = new FaceImageCache(FaceImageCache.DEFAULT_CAPACITY);
        GridView<FaceItem> grid = new GridView<>(vm.shown());
        grid.setId("thumbnail-grid");
        grid.setCellWidth(FaceCell.SIZE);
        grid.setCellHeight(FaceCell.SIZE);
        grid.setHorizontalCellSpacing(3);
        grid.setVerticalCellSpacing(3);
        grid.setCellFactory(g -> new FaceCell(cache, vm.selectedProperty()));
        setTop(new javafx.scene.layout.VBox(bar, Controls.hint("  Click a face to select it (its path shows on hover); "
                + "the Augmentation tab shows the selected face.")));
        setCenter(grid);
    }
}
