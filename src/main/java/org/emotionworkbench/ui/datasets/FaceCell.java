package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.util.Duration;
import org.controlsfx.control.GridCell;

/** A face of the thumbnail grid: its image (made on first show, from the cache after), class and split in a tooltip. */
final class FaceCell extends GridCell<FaceItem> {
    static final double SIZE = 72;
    private final FaceImageCache cache;
    private final ObjectProperty<FaceItem> selected;
    private final ImageView view = new ImageView();
    private final Tooltip tooltip = new Tooltip();
    /** Held here, registered weakly: the grid recreates its cells on every filter change. */
    private final ChangeListener<FaceItem> onSelect = (o, a, b) -> mark();

    FaceCell(FaceImageCache cache, ObjectProperty<FaceItem> selected) {
        this.cache = cache;
        this.selected = selected;
        view.setFitWidth(SIZE);
        view.setFitHeight(SIZE);
        view.setSmooth(true);
        tooltip.setShowDelay(Duration.millis(400));
        getStyleClass().add("face-cell");
        selected.addListener(new WeakChangeListener<>(onSelect));
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                selected.set(getItem());
            }
        });
    }

    @Override
    protected void updateItem(FaceItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
        } else {
            view.setImage(cache.get(item.sample().pixels()));
            setGraphic(view);
            tooltip.setText(item.describe());
            setTooltip(tooltip);
        }
        mark();
    }

    private void mark() {
        pseudoClassStateChanged(DatasetsView.SELECTED, getItem() != null && getItem() == selected.get());
    }
}
