package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.explain.render.ContactSheet;
import org.emotionworkbench.explain.render.HeatmapRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatmapRendererTest {

    @Test
    void colormapsHaveTheirKnownEnds() {
        assertEquals(0x00007f, Colormap.JET.rgb(0) & 0xffffff, 0x000001); // dark blue
        assertEquals(0x7f0000 >> 16, (Colormap.JET.rgb(1) >> 16) & 0xff, 1);  // dark red
        assertEquals(0x440154, Colormap.VIRIDIS.rgb(0));
        assertEquals(0xfde725, Colormap.VIRIDIS.rgb(1));
        assertEquals(0xfcffa4, Colormap.INFERNO.rgb(1.7)); // clamped
        assertEquals(Colormap.INFERNO, Colormap.parse(" Inferno "));
        assertThrows(IllegalArgumentException.class, () -> Colormap.parse("rainbow"));
    }

    @Test
    void overlayBlendsColourOverGrayWithTheGivenOpacity(@TempDir Path dir) throws Exception {
        float[] face = new float[ImageGeometry.PIXELS];
        java.util.Arrays.fill(face, 0.5f);
        float[] heat = new float[ImageGeometry.PIXELS];
        heat[0] = 1f; // (0,0) hot
        HeatmapRenderer r = new HeatmapRenderer(Colormap.VIRIDIS, 0.25, 2);
        BufferedImage img = r.overlay(face, new Heatmap(heat));
        assertEquals(96, img.getWidth());
        int hot = img.getRGB(1, 1) & 0xffffff;
        // 0.75·127.5 + 0.25·0xfd = 158.9 → 159
        assertEquals(Math.round(0.75 * 127.5 + 0.25 * 0xfd), (hot >> 16) & 0xff);
        int cold = img.getRGB(95, 95) & 0xffffff;
        assertEquals(Math.round(0.75 * 127.5 + 0.25 * 0x44), (cold >> 16) & 0xff);
        assertEquals(0x808080, r.face(face).getRGB(3, 3) & 0xffffff);
        Path png = dir.resolve("a.png");
        HeatmapRenderer.writePng(img, png);
        assertEquals(96, ImageIO.read(png.toFile()).getHeight());
        assertThrows(IllegalArgumentException.class, () -> new HeatmapRenderer(Colormap.JET, 1.5, 2));
    }

    @Test
    void contactSheetHasOneRowPerFaceAndEscapedHtml() {
        float[] face = new float[ImageGeometry.PIXELS];
        Heatmap h = new Heatmap(new float[ImageGeometry.PIXELS]);
        float[] p = {0.1f, 0, 0, 0, 0.6f, 0.3f, 0};
        ContactSheet.Entry e = new ContactSheet.Entry("sad/<x>.png", face, Emotion.SAD, Emotion.NEUTRAL, p, h, h);
        HeatmapRenderer r = new HeatmapRenderer(Colormap.JET, 0.5, 2);
        BufferedImage one = ContactSheet.png("t", List.of(e), r);
        BufferedImage two = ContactSheet.png("t", List.of(e, e), r);
        assertTrue(two.getHeight() > one.getHeight());
        String html = ContactSheet.html("sad → neutral", List.of(e, e), r);
        assertEquals(6, html.split("<img ", -1).length - 1);
        assertTrue(html.contains("sad/&lt;x&gt;.png"));
        assertTrue(html.contains("<b>neutral  0.600</b>"));
    }
}
