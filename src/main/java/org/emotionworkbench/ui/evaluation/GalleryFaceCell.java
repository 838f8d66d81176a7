package org.emotionworkbench.ui.evaluation;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;

import java.util.function.Consumer;

/** One face of the gallery: its thumbnail (as the model saw it), confidence and true→predicted; a click opens it. */
final class GalleryFaceCell extends GridCell<GalleryFace> {
    private final ThumbnailLoader thumbnails;
    private final ImageView image = new ImageView();
    private final Label missing = new Label();
    private final Label confidence = new Label();
    private final Label caption = new Label();
    private final VBox box;

    GalleryFaceCell(ThumbnailLoader thumbnails, Consumer<GalleryFace> open) {
        this.thumbnails = thumbnails;
        getStyleClass().add("gallery-face");
        image.setFitWidth(96);
        image.setFitHeight(96);
        missing.getStyleClass().add("error-text");
        missing.setWrapText(true);
        missing.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        missing.setMaxWidth(96);
        StackPane picture = new StackPane(image, missing);
        picture.setMinSize(96, 96);
        picture.setStyle("-fx-background-color: #eceff1;");
        confidence.setStyle("-fx-font-size: 0.85em; -fx-font-weight: bold;");
        caption.setStyle("-fx-font-size: 0.85em;");
        box = new VBox(0, picture, confidence, caption);
        box.setAlignment(Pos.CENTER);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() != null && !isEmpty()) {
                open.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(GalleryFace face, boolean empty) {
        super.updateItem(face, empty);
        if (empty || face == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        confidence.setText(String.format(java.util.Locale.ROOT, "%.2f", face.confidence()));
        caption.setText(face.labels());
        setTooltip(new Tooltip(face.source() + "\nconfidence (probability of the predicted class) "
                + String.format(java.util.Locale.ROOT, "%.3f", face.confidence()) + "\nClick to explain this face."));
        image.setImage(null);
        missing.setText("");
        thumbnails.load(face.source(), () -> face.equals(getItem()), t -> {
            if (face.equals(getItem())) {
                image.setImage(t.image());
                missing.setText(t.image() == null ? "unreadable" : "");
                if (t.problem() != null) {
                    setTooltip(new Tooltip(face.source() + "\n" + t.problem()));
                }
            }
        });
        setGraphic(box);
    }
}
