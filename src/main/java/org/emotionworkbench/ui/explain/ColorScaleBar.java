package org.emotionworkbench.ui.explain;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.explain.render.HeatmapRenderer;

import java.util.function.DoubleToIntFunction;

/**
 * The legend beside a heatmap: a vertical bar of its colours, the highest value on top, with the values labelled
 * (0 … 1 for a colormap, −1 … +1 for a difference map).
 */
final class ColorScaleBar extends HBox {
    /** Colour steps drawn along the bar. */
    static final int STEPS = 128;
    private final ImageView bar = new ImageView();
    private final double bottom;
    private final double top;

    private ColorScaleBar(String id, double height, double bottom, double top, String... labels) {
        super(4);
        setId(id);
        getStyleClass().add("color-scale");
        this.bottom = bottom;
        this.top = top;
        bar.setFitWidth(14);
        bar.setFitHeight(height);
        bar.setSmooth(true);
        VBox ticks = new VBox();
        ticks.setMinHeight(height);
        ticks.setPrefHeight(height);
        ticks.setMaxHeight(height);
        for (int i = 0; i < labels.length; i++) {
            Label tick = new Label(labels[i]);
            tick.getStyleClass().add("color-scale-tick");
            ticks.getChildren().add(tick);
            if (i < labels.length - 1) {
                Region gap = new Region();
                VBox.setVgrow(gap, Priority.ALWAYS);
                ticks.getChildren().add(gap);
            }
        }
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, ticks);
        setMinWidth(Region.USE_PREF_SIZE);
    }

    /** 0 (bottom, the model ignores it) … 1 (top, the model relies on it), in the colours of a colormap. */
    static ColorScaleBar forColormap(String id, double height, Colormap colormap) {
        ColorScaleBar b = new ColorScaleBar(id, height, 0, 1, "1", "0.5", "0");
        b.show(colormap);
        return b;
    }

    /** −1 (bottom, blue: the second run looks there more) … +1 (top, red: the first run does). */
    static ColorScaleBar forDifference(String id, double height) {
        ColorScaleBar b = new ColorScaleBar(id, height, -1, 1, "+1", "0", "\u22121");
        b.paint(HeatmapRenderer::signedRgb);
        return b;
    }

    void show(Colormap colormap) {
        paint(colormap::rgb);
    }

    /** The bar's image: one row a step, the top row the top value. */
    WritableImage image() {
        return (WritableImage) bar.getImage();
    }

    private void paint(DoubleToIntFunction rgbOfValue) {
        WritableImage img = new WritableImage(1, STEPS);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < STEPS; y++) {
            double t = 1 - y / (double) (STEPS - 1);
            w.setArgb(0, y, 0xFF000000 | rgbOfValue.applyAsInt(bottom + t * (top - bottom)));
        }
        bar.setImage(img);
    }
}
