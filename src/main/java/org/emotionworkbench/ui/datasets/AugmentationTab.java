package org.emotionworkbench.ui.datasets;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.emotionworkbench.ui.common.FaceImages;

/** Augmentation tab: the chosen face and a grid of random augmentations of it with the current ranges. */
final class AugmentationTab extends BorderPane {
    private static final double BIG = 144;
    private static final double TILE = 128;

    AugmentationTab(AugmentationPreviewViewModel vm, Runnable randomFace) {
        ImageView original = new ImageView();
        original.setId("augmentation-original");
        original.setFitWidth(BIG);
        original.setFitHeight(BIG);
        vm.faceProperty().addListener((o, a, f) -> original.setImage(f == null ? null : FaceImages.gray(f.sample().pixels(), 1)));
        if (vm.faceProperty().get() != null) {
            original.setImage(FaceImages.gray(vm.faceProperty().get().sample().pixels(), 1));
        }
        Button reshuffle = new Button("Reshuffle");
        reshuffle.setId("reshuffle-augmentations");
        reshuffle.setOnAction(e -> vm.reshuffle());
        Button random = new Button("Random face");
        random.setId("random-face");
        random.setOnAction(e -> randomFace.run());
        Label description = Controls.hint("");
        description.setId("augmentation-description");
        description.textProperty().bind(vm.descriptionProperty());
        description.setMaxWidth(BIG + 40);
        reshuffle.setMaxWidth(Double.MAX_VALUE);
        random.setMaxWidth(Double.MAX_VALUE);
        Controls.tip(reshuffle, "Draw 12 new random transforms of this face.");
        Controls.tip(random, "Pick another face at random (of those the Faces tab's filters show).");
        VBox left = new VBox(8, new Label("Original"), original, new VBox(4, reshuffle, random), description,
                Controls.hint("The ranges come from the preparation settings on the left (even while augmentation "
                        + "is off). Training draws a new random transform of every image each epoch."));
        left.setPadding(new Insets(8));
        left.setPrefWidth(BIG + 56);

        TilePane tiles = new TilePane(6, 6);
        tiles.setId("augmentation-preview");
        tiles.setPrefColumns(6);
        tiles.setPadding(new Insets(8));
        vm.images().addListener((ListChangeListener<float[]>) c -> fill(tiles, vm));
        fill(tiles, vm);
        VBox right = new VBox(4, new Label(AugmentationPreviewViewModel.COUNT + " random augmentations"), tiles);
        right.setPadding(new Insets(8));
        setLeft(left);
        setCenter(right);
    }

    private static void fill(TilePane tiles, AugmentationPreviewViewModel vm) {
        tiles.getChildren().clear();
        for (float[] px : vm.images()) {
            ImageView v = new ImageView(FaceImages.gray(px, 1));
            v.setFitWidth(TILE);
            v.setFitHeight(TILE);
            v.getStyleClass().add("augmented-face");
            tiles.getChildren().add(v);
        }
    }
}
