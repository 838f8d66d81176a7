package org.emotionworkbench.run;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadMonitor;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.labels.LabelOrigin;
import org.emotionworkbench.dataset.labels.LabelRow;
import org.emotionworkbench.dataset.labels.UnlabelledFolder;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelLabellerTest {
    @Test
    void aRunFolderLabelsAnUnlabelledFolder(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("faces");
        SampleDataGenerator.generate(data, 4, 2, 3);
        LoadOptions load = LoadOptions.defaults().withoutCache();
        RunFolder run = RunFolder.createNew(tmp.resolve("run"), false);
        new RunExecutor(load).execute(Presets.get("tiny"), TrainingOptions.of(1, 16, 0.001, 1),
                new DataOptions(data.toString(), null, 0.25, false, null, Balancing.NONE), run);

        Path images = data.resolve("test");
        LoadedDataset faces = UnlabelledFolder.load(images, load, LoadMonitor.NONE);
        List<LabelRow> rows = ModelLabeller.label(run, faces, images, 0.9);
        assertEquals(14, rows.size());
        LabelRow first = rows.get(0);
        assertEquals("angry/angry_0000.png", first.file());
        assertEquals(LabelOrigin.MODEL, first.origin());
        assertEquals(Emotion.COUNT, first.probabilities().length);
        assertTrue(first.confidence() >= 1.0 / Emotion.COUNT - 1e-6 && first.confidence() <= 1.0);
        assertTrue(rows.stream().allMatch(r -> r.review() == (r.confidence() < 0.9)));
    }
}
