package org.emotionworkbench.dataset;

import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatasetCountsTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderIsCountedPerSplitAndClassWithoutDecoding() throws Exception {
        Path root = tmp.resolve("faces");
        SampleDataGenerator.generate(root, 3, 2, 1);
        Files.writeString(root.resolve("train/happy/broken.png"), "not a png"); // counted: nothing is decoded
        DatasetCounts c = DatasetCounts.of(root.toString(), SourceOptions.defaults());
        assertEquals(4, c.count(DataSplit.TRAIN, Emotion.HAPPY));
        assertEquals(3, c.count(DataSplit.TRAIN, Emotion.SAD));
        assertEquals(2, c.count(DataSplit.TEST, Emotion.ANGRY));
        assertEquals(22, c.total(DataSplit.TRAIN));
        assertEquals(14, c.total(DataSplit.TEST));
        assertEquals(6, c.counts().get(Emotion.HAPPY));
        assertEquals(2, c.counts(DataSplit.TEST).get(Emotion.HAPPY));
    }

    @Test
    void aLabelMapAppliesAndAFer2013CsvIsParsed() throws Exception {
        Path root = tmp.resolve("indo");
        for (String f : List.of("marah", "senang")) {
            Files.createDirectories(root.resolve(f));
        }
        Path png = root.resolve("marah/a.png");
        TestImages.write(TestImages.grayRamp(10, 10), "png", png);
        Files.copy(png, root.resolve("senang/b.png"));
        Files.copy(png, root.resolve("senang/c.png"));
        Path map = tmp.resolve("map.json");
        Files.writeString(map, "{\"marah\": \"angry\", \"senang\": \"happy\"}");
        DatasetCounts c = DatasetCounts.of(root.toString(), new SourceOptions(null, map, null));
        assertEquals(1, c.count(DataSplit.TRAIN, Emotion.ANGRY));
        assertEquals(2, c.count(DataSplit.TRAIN, Emotion.HAPPY));
        assertEquals(0, c.total(DataSplit.TEST));

        Path csv = tmp.resolve("fer.csv");
        String pixels = String.join(" ", java.util.Collections.nCopies(48 * 48, "128"));
        Files.writeString(csv, "emotion,pixels,Usage\n3," + pixels + ",Training\n3," + pixels + ",PublicTest\n0,"
                + pixels + ",PrivateTest\n");
        DatasetCounts f = DatasetCounts.of(csv.toString(), SourceOptions.defaults());
        assertEquals(1, f.count(DataSplit.TRAIN, Emotion.HAPPY));
        assertEquals(1, f.count(DataSplit.TEST, Emotion.HAPPY));
        assertEquals(1, f.count(DataSplit.TEST, Emotion.ANGRY));
        assertThrows(IllegalArgumentException.class, () -> DatasetCounts.of(csv.toString(), new SourceOptions("affectnet", null, null)));
    }
}
