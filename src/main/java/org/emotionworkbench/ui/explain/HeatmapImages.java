package org.emotionworkbench.ui.explain;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.emotionworkbench.explain.Heatmap;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.explain.render.HeatmapRenderer;
import org.emotionworkbench.ui.common.FaceImages;

/** Draws engine heatmaps with the engine's renderer (one image pixel per face pixel; the views enlarge them). */
final class HeatmapImages {
    private HeatmapImages() {
    }

    static Image overlay(float[] pixels, Heatmap heatmap, Colormap colormap, double opacity) {
        return FaceImages.of(new HeatmapRenderer(colormap, opacity, 1).overlay(pixels, heatmap));
    }

    /** Blue (second model looks more) – white – red (first model looks more). */
    static Image signed(float[] difference) {
        return FaceImages.of(new HeatmapRenderer(Colormap.JET, 0.5, 1).signed(difference));
    }

    /** An image view showing 48×48 pixels as crisp blocks of {@code size} pixels. */
    static ImageView view(String id, double size) {
        ImageView v = new ImageView();
        v.setId(id);
        v.setFitWidth(size);
        v.setFitHeight(size);
        v.setSmooth(false);
        v.setPreserveRatio(true);
        return v;
    }
}
