package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.explain.render.ContactSheet;
import org.emotionworkbench.explain.render.HeatmapRenderer;
import org.emotionworkbench.io.HostileText;
import org.junit.jupiter.api.Test;

import java.util.List;

/** File and class-folder names of a dataset from someone else stay text in a contact sheet. */
class ContactSheetEscapingTest {
    @Test
    void hostileFileNamesAndTitleAreEscaped() {
        float[] face = new float[ImageGeometry.PIXELS];
        Heatmap h = new Heatmap(new float[ImageGeometry.PIXELS]);
        float[] p = {0.1f, 0, 0, 0, 0.6f, 0.3f, 0};
        ContactSheet.Entry e = new ContactSheet.Entry(HostileText.combined("class/") + ".png", face, Emotion.SAD,
                Emotion.NEUTRAL, p, h, h);
        String html = ContactSheet.html(HostileText.combined("title"), List.of(e),
                new HeatmapRenderer(Colormap.JET, 0.5, 1));
        HostileText.assertEscaped(html);
    }
}
