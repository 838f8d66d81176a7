package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;

/** A face of the labelling grid: image, and its label ("happy ✓") or suggestion ("sad? 43 %") below. */
final class LabelCell extends GridCell<LabelItem> {
    static final double IMAGE = 80;
    static final double WIDTH = 92;
    static final double HEIGHT = 104;
    private final FaceImageCache cache;
    private final ObjectProperty<LabelItem> selected;
    private final ImageView view = new ImageView();
    private final Label caption = new Label();
    private final VBox box = new VBox(1, view, caption);
    private final ChangeListener<LabelItem> onSelect = (o, a, b) -> mark();
    private final ChangeListener<Object> onLabel = (o, a, b) -> style();

    LabelCell(FaceImageCache cache, ObjectProperty<LabelItem> selected, Runnable onClick) {
        this.cache = cache;
        this.selected = selected;
        view.setFitWidth(IMAGE);
        view.setFitHeight(IMAGE);
        caption.setMaxWidth(WIDTH);
        caption.getStyleClass().add("label-caption");
        box.setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("face-cell");
        selected.addListener(new WeakChangeListener<>(onSelect));
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                selected.set(getItem());
                onClick.run();
            }
        });
    }

    @Override
    protected void updateItem(LabelItem item, boolean empty) {
        LabelItem old = getItem();
        if (old != null) {
            old.humanProperty().removeListener(onLabel);
            old.suggestionProperty().removeListener(onLabel);
        }
        super.updateItem(item, empty);
        caption.textProperty().unbind();
        if (empty || item == null) {
            setGraphic(null);
            caption.setText("");
        } else {
            view.setImage(cache.get(item.pixels()));
            caption.textProperty().bind(item.captionBinding());
            item.humanProperty().addListener(onLabel);
            item.suggestionProperty().addListener(onLabel);
            setGraphic(box);
        }
        style();
        mark();
    }

    private void style() {
        LabelItem item = getItem();
        caption.getStyleClass().removeAll("label-human", "label-suggested", "label-review");
        if (item == null) {
            return;
        }
        if (item.human() != null) {
            caption.getStyleClass().add("label-human");
        } else if (item.suggestion() != null) {
            caption.getStyleClass().add(item.suggestion().review() ? "label-review" : "label-suggested");
        }
    }

    private void mark() {
        pseudoClassStateChanged(DatasetsView.SELECTED, getItem() != null && getItem() == selected.get());
    }
}
