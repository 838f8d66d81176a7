package org.emotionworkbench.explain.render;

import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.explain.Heatmap;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws heatmaps: the colormapped heatmap blended over the grayscale face, colour = (1−α)·gray + α·colormap(v),
 * each 48×48 pixel drawn as a {@code scale}×{@code scale} block. java.awt and ImageIO only.
 */
public final class HeatmapRenderer {
    private final Colormap colormap;
    private final double opacity;
    private final int scale;

    public HeatmapRenderer(Colormap colormap, double opacity, int scale) {
        if (colormap == null) {
            throw new IllegalArgumentException("colormap is required");
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be in [0,1], got " + opacity);
        }
        if (scale < 1 || scale > 64) {
            throw new IllegalArgumentException("scale must be in 1..64, got " + scale);
        }
        this.colormap = colormap;
        this.opacity = opacity;
        this.scale = scale;
    }

    public int size() {
        return ImageGeometry.SIDE * scale;
    }

    /** The face alone (pixels in [0,1]) as gray. */
    public BufferedImage face(float[] pixels) {
        return draw(pixels, null);
    }

    /** The heatmap blended over the face. */
    public BufferedImage overlay(float[] pixels, Heatmap heatmap) {
        return draw(pixels, heatmap);
    }

    /**
     * A signed map in [−1, 1] (e.g. the difference of two heatmaps) on a diverging scale: blue for negative, white
     * for zero, red for positive.
     */
    public BufferedImage signed(float[] values) {
        if (values.length != ImageGeometry.PIXELS) {
            throw new IllegalArgumentException("a map has " + ImageGeometry.PIXELS + " values, got " + values.length);
        }
        int side = ImageGeometry.SIDE;
        BufferedImage img = new BufferedImage(side * scale, side * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int rgb = signedRgb(values[y * side + x]);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        img.setRGB(x * scale + dx, y * scale + dy, rgb);
                    }
                }
            }
        }
        return img;
    }

    /** 0xRRGGBB of a signed value (clamped to [−1, 1]): blue at −1, white at 0, red at +1. */
    public static int signedRgb(double value) {
        double v = Double.isNaN(value) ? 0 : Math.max(-1, Math.min(1, value));
        int hi = 255;
        int lo = (int) Math.round(255 * (1 - Math.abs(v)));
        return v >= 0 ? (hi << 16) | (lo << 8) | lo : (lo << 16) | (lo << 8) | hi;
    }

    /** Images side by side with a small gap, for comparisons. */
    public static BufferedImage row(BufferedImage... images) {
        int gap = 4;
        int w = gap * (images.length - 1);
        int h = 0;
        for (BufferedImage i : images) {
            w += i.getWidth();
            h = Math.max(h, i.getHeight());
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            int x = 0;
            for (BufferedImage i : images) {
                g.drawImage(i, x, 0, null);
                x += i.getWidth() + gap;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private BufferedImage draw(float[] pixels, Heatmap heatmap) {
        if (pixels.length != ImageGeometry.PIXELS) {
            throw new IllegalArgumentException("a face has " + ImageGeometry.PIXELS + " pixels, got " + pixels.length);
        }
        int side = ImageGeometry.SIDE;
        BufferedImage img = new BufferedImage(side * scale, side * scale, BufferedImage.TYPE_INT_RGB);
        float[] heat = heatmap == null ? null : heatmap.values();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double g = Math.max(0, Math.min(1, pixels[y * side + x])) * 255;
                double r = g;
                double gr = g;
                double b = g;
                if (heat != null) {
                    int c = colormap.rgb(heat[y * side + x]);
                    r = (1 - opacity) * g + opacity * (c >> 16);
                    gr = (1 - opacity) * g + opacity * ((c >> 8) & 0xff);
                    b = (1 - opacity) * g + opacity * (c & 0xff);
                }
                int rgb = ((int) Math.round(r) << 16) | ((int) Math.round(gr) << 8) | (int) Math.round(b);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        img.setRGB(x * scale + dx, y * scale + dy, rgb);
                    }
                }
            }
        }
        return img;
    }

    public static void writePng(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    public static byte[] pngBytes(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
