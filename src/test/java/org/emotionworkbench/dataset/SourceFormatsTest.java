package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFormatsTest {
    @TempDir
    Path tmp;

    private LoadOptions options() {
        return LoadOptions.defaults().withCacheDir(tmp.resolve("cache")).withThreads(2);
    }

    private static BufferedImage face(int seed) {
        BufferedImage img = new BufferedImage(48, 48, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                img.getRaster().setSample(x, y, 0, (x * seed + y * 3) % 256);
            }
        }
        return img;
    }

    private static String pixelsOf(BufferedImage img) {
        StringJoiner j = new StringJoiner(" ");
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                j.add(Integer.toString(img.getRaster().getSample(x, y, 0)));
            }
        }
        return j.toString();
    }

    @Test
    void affectnetNumericFoldersMapToTheirClassesAndContemptIsSkippedAndCounted() {
        Path root = tmp.resolve("affectnet");
        TestImages.write(face(1), "png", root.resolve("0/a.png"));
        TestImages.write(face(2), "png", root.resolve("6/b.png"));
        TestImages.write(face(3), "png", root.resolve("7/c.png"));
        TestImages.write(face(4), "png", root.resolve("7/d.png"));
        LoadedDataset ds = DataSources.load(root.toString(), new SourceOptions("affectnet", null, null), options(), LoadMonitor.NONE);
        assertEquals(1, ds.report().count(DataSplit.TRAIN, Emotion.NEUTRAL));
        assertEquals(1, ds.report().count(DataSplit.TRAIN, Emotion.ANGRY));
        assertEquals(2, ds.report().totalLoaded());
        Skipped contempt = ds.report().skippedFolders().get(0);
        assertTrue(contempt.reason().contains("contempt") && contempt.reason().contains("2 image(s)"), contempt.toString());
    }

    @Test
    void numericFoldersWithoutLayoutAreRefusedWithTheOptions() {
        Path root = tmp.resolve("numeric");
        TestImages.write(face(1), "png", root.resolve("train/3/a.png"));
        String msg = assertThrows(DatasetException.class, () -> DataSources.load(root.toString(), options())).getMessage();
        assertTrue(msg.contains("--layout affectnet") && msg.contains("--layout fer2013") && msg.contains("--label-map"), msg);
    }

    @Test
    void fer2013NumberingDiffersFromAffectnet() {
        Path root = tmp.resolve("fernum");
        TestImages.write(face(1), "png", root.resolve("0/a.png"));
        LoadedDataset ds = DataSources.load(root.toString(), new SourceOptions("fer2013", null, null), options(), LoadMonitor.NONE);
        assertEquals(1, ds.report().count(DataSplit.TRAIN, Emotion.ANGRY));
    }

    @Test
    void labelMapMapsForeignNamesAndSkipsOnRequest() throws IOException {
        Path root = tmp.resolve("indo");
        TestImages.write(face(1), "png", root.resolve("senang/a.png"));
        TestImages.write(face(2), "png", root.resolve("marah/b.png"));
        TestImages.write(face(3), "png", root.resolve("lainnya/c.png"));
        Path map = Files.writeString(tmp.resolve("map.json"), "{\"senang\": \"happy\", \"marah\": \"anger\", \"lainnya\": \"skip\"}");
        LoadedDataset ds = DataSources.load(root.toString(), new SourceOptions(null, map, null), options(), LoadMonitor.NONE);
        assertEquals(1, ds.report().count(DataSplit.TRAIN, Emotion.HAPPY));
        assertEquals(1, ds.report().count(DataSplit.TRAIN, Emotion.ANGRY));
        assertEquals(1, ds.report().skippedFolders().size());

        Path csvMap = Files.writeString(tmp.resolve("map.csv"), "folder,label\nsenang,happy\nmarah,furious\n");
        String msg = assertThrows(DatasetException.class, () -> FolderLabels.read(csvMap)).getMessage();
        assertTrue(msg.contains("marah -> furious") && msg.contains("unknown classes"), msg);
    }

    @Test
    void fer2013CsvSplitsByUsageReportsBadRowsAndMatchesThePngPixels() throws IOException, DecodeException {
        BufferedImage a = face(5);
        Path png = TestImages.write(a, "png", tmp.resolve("a.png"));
        String px = pixelsOf(a);
        String csv = "emotion,pixels,Usage\n"
                + "3," + px + ",Training\n"
                + "6," + px + ",PublicTest\n"
                + "0," + px + ",PrivateTest\n"
                + "2,1 2 3,Training\n"
                + "9," + px + ",Training\n";
        Path file = Files.writeString(tmp.resolve("fer2013.csv"), csv);
        LoadedDataset ds = DataSources.load(file.toString(), options());
        assertEquals(DatasetLayout.FER2013_CSV, ds.report().layout());
        assertEquals(1, ds.train().size());
        assertEquals(Emotion.HAPPY, ds.train().get(0).label());
        assertEquals(2, ds.test().size());
        assertEquals(2, ds.report().skippedFiles().size());
        assertTrue(ds.report().skippedFiles().get(0).reason().contains("line 5: 3 pixel values, expected 2304"),
                ds.report().skippedFiles().get(0).toString());
        assertTrue(ds.report().skippedFiles().get(1).reason().startsWith("line 6:"));
        assertArrayEquals(ImagePreprocessor.load(png), ds.train().get(0).pixels());
    }

    @Test
    void cancellingALoadStopsItAndKeepsWhatWasDecodedInTheCache() {
        Path root = tmp.resolve("cancel");
        for (int i = 0; i < 20; i++) {
            TestImages.write(face(i + 1), "png", root.resolve("happy/" + i + ".png"));
        }
        LoadMonitor stopAfterFive = new LoadMonitor() {
            final java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public void progress(String split, int done, int total) {
                seen.set(done);
            }

            @Override
            public boolean cancelled() {
                return seen.get() >= 5;
            }
        };
        LoadOptions one = options().withThreads(1);
        assertThrows(LoadCancelledException.class, () -> DatasetLoader.load(root, FolderLabels.names(), one, stopAfterFive));
        LoadedDataset again = DatasetLoader.load(root, one);
        assertEquals(5, again.report().fromCache());
        assertEquals(15, again.report().decodedNow());
    }
}
