package org.emotionworkbench.dataset.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsCsvTest {
    @TempDir
    Path tmp;

    private static LabelRow model(String file, Emotion e, double conf, boolean review) {
        float[] p = new float[Emotion.COUNT];
        p[e.ordinal()] = (float) conf;
        return new LabelRow(file, e, LabelOrigin.MODEL, conf, review, p);
    }

    @Test
    void aHumanLabelAlwaysWinsOverAModelLabel() {
        List<LabelRow> existing = List.of(LabelRow.human("a.jpg", Emotion.SAD));
        List<LabelRow> merged = LabelsCsv.merge(existing, List.of(model("a.jpg", Emotion.HAPPY, 0.99, false),
                model("b.jpg", Emotion.FEAR, 0.9, false)));
        assertEquals(Emotion.SAD, merged.stream().filter(r -> r.file().equals("a.jpg")).findFirst().orElseThrow().label());
        List<LabelRow> corrected = LabelsCsv.merge(merged, List.of(LabelRow.human("b.jpg", Emotion.ANGRY)));
        assertEquals(Emotion.ANGRY, corrected.stream().filter(r -> r.file().equals("b.jpg")).findFirst().orElseThrow().label());
    }

    @Test
    void reviewRowsComeFirstMostUncertainFirstAndAreNotUsable() throws IOException {
        List<LabelRow> rows = List.of(model("z.jpg", Emotion.HAPPY, 0.95, false), model("y.jpg", Emotion.SAD, 0.5, true),
                model("x,1.jpg", Emotion.FEAR, 0.3, true));
        Path f = tmp.resolve("labels.csv");
        LabelsCsv.write(rows, f);
        List<LabelRow> back = LabelsCsv.read(f);
        assertEquals(List.of("x,1.jpg", "y.jpg", "z.jpg"), back.stream().map(LabelRow::file).toList());
        assertFalse(back.get(0).usable());
        assertTrue(back.get(2).usable());
        assertEquals(0.3f, back.get(0).probabilities()[Emotion.FEAR.ordinal()], 1e-6);
        assertEquals(2, LabelsCsv.toManifest(back, tmp, f).size() + 1);
    }
}
