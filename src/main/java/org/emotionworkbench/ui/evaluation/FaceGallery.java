package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.ui.common.Hints;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;

/** The faces of the chosen confusion cell ({@code #gallery}), most confident first; a click explains one. */
final class FaceGallery extends VBox {
    private final GridView<GalleryFace> grid;

    FaceGallery(EvaluationViewModel vm, ThumbnailLoader thumbnails) {
        super(6);
        Label title = new Label();
        title.setId("gallery-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.textProperty().bind(vm.galleryTitleProperty());
        Label hint = Hints.paragraph("Each face shows the model's confidence (probability of the class it predicted) and "
                + "true\u2192predicted class, drawn as the model saw it (48\u00d748 gray). Click a face to see where "
                + "the model looked.");
        grid = new GridView<>(vm.gallery());
        grid.setId("gallery");
        grid.setCellWidth(112);
        grid.setCellHeight(132);
        grid.setHorizontalCellSpacing(4);
        grid.setVerticalCellSpacing(4);
        grid.setCellFactory(g -> new GalleryFaceCell(thumbnails, vm::openFace));
        grid.setMinHeight(200);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(title, hint, grid);
    }

    GridView<GalleryFace> grid() {
        return grid;
    }
}
