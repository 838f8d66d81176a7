package org.emotionworkbench.ui.common;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.emotionworkbench.dataset.ImageGeometry;

import java.awt.image.BufferedImage;

/** Turns engine images (48×48 luminance in [0,1], or BufferedImages from the renderers) into JavaFX images. */
public final class FaceImages {
    private FaceImages() {
    }

    /** A gray face, each pixel drawn {@code scale}×{@code scale}. */
    public static Image gray(float[] pixels, int scale) {
        int side = ImageGeometry.SIDE;
        if (pixels.length != side * side) {
            throw new IllegalArgumentException("expected " + side * side + " pixels, got " + pixels.length);
        }
        int s = Math.max(1, scale);
        WritableImage img = new WritableImage(side * s, side * s);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int v = Math.round(Math.max(0f, Math.min(1f, pixels[y * side + x])) * 255f);
                int argb = 0xFF000000 | (v << 16) | (v << 8) | v;
                for (int dy = 0; dy < s; dy++) {
                    for (int dx = 0; dx < s; dx++) {
                        w.setArgb(x * s + dx, y * s + dy, argb);
                    }
                }
            }
        }
        return img;
    }

    public static Image of(BufferedImage image) {
        return SwingFXUtils.toFXImage(image, null);
    }
}
