package org.emotionworkbench.dataset.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTest {
    @TempDir
    Path tmp;

    private static Manifest synthetic(int happy, int sad) {
        List<ManifestEntry> e = new ArrayList<>();
        for (int i = 0; i < happy; i++) {
            e.add(new ManifestEntry(Path.of("/s/happy/" + i + ".jpg"), Emotion.HAPPY, DataSplit.TRAIN));
        }
        for (int i = 0; i < sad; i++) {
            e.add(new ManifestEntry(Path.of("/s/sad/" + i + ".jpg"), Emotion.SAD, DataSplit.TRAIN));
        }
        return new Manifest(List.of("synthetic"), e);
    }

    private static Map<Emotion, Integer> counts(int happy, int sad) {
        Map<Emotion, Integer> m = new EnumMap<>(Emotion.class);
        m.put(Emotion.HAPPY, happy);
        m.put(Emotion.SAD, sad);
        return m;
    }

    @Test
    void matchingDrawsExactlyTheReferenceCountsAndTheSameSeedGivesTheSameSelection() {
        Manifest source = synthetic(100, 50);
        Selection a = Manifests.match(source, counts(30, 20), "ref", 7);
        Selection b = Manifests.match(source, counts(30, 20), "ref", 7);
        Selection c = Manifests.match(source, counts(30, 20), "ref", 8);
        assertTrue(a.complete());
        assertEquals(30, a.manifest().counts().get(Emotion.HAPPY));
        assertEquals(20, a.manifest().counts().get(Emotion.SAD));
        assertEquals(a.manifest().entries(), b.manifest().entries());
        assertEquals(ManifestJson.toJson(a.manifest()), ManifestJson.toJson(b.manifest()));
        assertNotEquals(a.manifest().entries(), c.manifest().entries());
    }

    @Test
    void matchingReportsEveryClassWhereTheSourceHasTooFew() {
        Map<Emotion, Integer> want = counts(30, 80);
        want.put(Emotion.FEAR, 5);
        Selection s = Manifests.match(synthetic(100, 50), want, "ref", 1);
        assertEquals(List.of(new Shortfall(Emotion.FEAR, 5, 0), new Shortfall(Emotion.SAD, 80, 50)), s.shortfalls());
        assertEquals(50, s.manifest().counts().get(Emotion.SAD));
    }

    @Test
    void mixingKeepsClassSizesAndTakesTheFractionFromSynthetic() {
        List<ManifestEntry> real = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            real.add(new ManifestEntry(Path.of("/r/train/happy/" + i + ".png"), Emotion.HAPPY, DataSplit.TRAIN));
        }
        real.add(new ManifestEntry(Path.of("/r/test/happy/t.png"), Emotion.HAPPY, DataSplit.TEST));
        Manifest r = new Manifest(List.of("real"), real);
        Manifest mixed = Manifests.mix(r, synthetic(100, 0), 0.25, 3).manifest();
        assertEquals(40, mixed.entries(DataSplit.TRAIN).size());
        assertEquals(10, mixed.entries(DataSplit.TRAIN).stream().filter(e -> e.file().startsWith("/s")).count());
        assertEquals(1, mixed.entries(DataSplit.TEST).size());
        assertEquals(0, Manifests.mix(r, synthetic(100, 0), 0, 3).manifest().entries().stream()
                .filter(e -> e.file().startsWith("/s")).count());
    }

    @Test
    void mixingNeverDrawsTheSyntheticTestSplitIntoTraining() {
        List<ManifestEntry> real = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            real.add(new ManifestEntry(Path.of("/r/train/happy/" + i + ".png"), Emotion.HAPPY, DataSplit.TRAIN));
        }
        Manifest synth = Manifests.holdOut(synthetic(50, 0), 0.2, 9);
        List<Path> heldOut = synth.entries(DataSplit.TEST).stream().map(ManifestEntry::file).toList();
        Selection all = Manifests.mix(new Manifest(List.of("real"), real), synth, 1.0, 3);
        assertEquals(40, all.manifest().entries(DataSplit.TRAIN).size()); // the 40 synthetic train faces, all of them
        assertTrue(all.complete());
        assertTrue(all.manifest().entries().stream().noneMatch(e -> heldOut.contains(e.file())));
        // asking for more than the synthetic train split has is a shortfall, not a draw from its test split
        real.add(new ManifestEntry(Path.of("/r/train/happy/40.png"), Emotion.HAPPY, DataSplit.TRAIN));
        Selection more = Manifests.mix(new Manifest(List.of("real"), real), synth, 1.0, 3);
        assertEquals(List.of(new Shortfall(Emotion.HAPPY, 41, 40)), more.shortfalls());
        assertTrue(more.manifest().entries().stream().noneMatch(e -> heldOut.contains(e.file())));
    }

    @Test
    void holdingOutMovesAStratifiedSeededShareOfEveryClassToTheTestSplit() {
        Manifest m = synthetic(75, 1).withOrigin("x");
        List<ManifestEntry> withSad = new ArrayList<>(m.entries());
        withSad.add(new ManifestEntry(Path.of("/s/sad/1.jpg"), Emotion.SAD, DataSplit.TRAIN));
        withSad.add(new ManifestEntry(Path.of("/s/sad/2.jpg"), Emotion.SAD, DataSplit.TRAIN));
        withSad.add(new ManifestEntry(Path.of("/s/fear/0.jpg"), Emotion.FEAR, DataSplit.TRAIN));
        Manifest flat = new Manifest(m.origin(), withSad);
        Manifest a = Manifests.holdOut(flat, 0.2, 5);
        assertEquals(15, a.counts(DataSplit.TEST).get(Emotion.HAPPY));   // round(75 × 0.2)
        assertEquals(60, a.counts(DataSplit.TRAIN).get(Emotion.HAPPY));
        assertEquals(1, a.counts(DataSplit.TEST).get(Emotion.SAD));      // 3 sad: at least one each side
        assertEquals(2, a.counts(DataSplit.TRAIN).get(Emotion.SAD));
        assertEquals(0, a.counts(DataSplit.TEST).get(Emotion.FEAR));     // a lone face stays in training
        assertEquals(flat.size(), a.size());
        assertEquals(a, Manifests.holdOut(flat, 0.2, 5));
        assertNotEquals(a.entries(DataSplit.TEST), Manifests.holdOut(flat, 0.2, 6).entries(DataSplit.TEST));
        assertTrue(a.origin().get(a.origin().size() - 1).contains("seed 5"));
        assertTrue(assertThrows(DatasetException.class, () -> Manifests.holdOut(a, 0.2, 5)).getMessage()
                .contains("already has a test split (16 images)"));
        assertThrows(IllegalArgumentException.class, () -> Manifests.holdOut(flat, 1.0, 5));
    }

    @Test
    void unionRefusesAFileWithTwoLabels() {
        Manifest a = new Manifest(List.of("a"), List.of(new ManifestEntry(Path.of("/x.png"), Emotion.HAPPY, DataSplit.TRAIN)));
        Manifest b = new Manifest(List.of("b"), List.of(new ManifestEntry(Path.of("/x.png"), Emotion.SAD, DataSplit.TRAIN)));
        assertEquals(1, Manifests.union(a, a).size());
        assertTrue(assertThrows(DatasetException.class, () -> Manifests.union(a, b)).getMessage().contains("/x.png"));
    }

    @Test
    void aManifestListingAFileTwiceOrAMissingFileIsAClearError() throws IOException {
        Path m = tmp.resolve("m.json");
        Files.writeString(m, "{\"format\":\"emotion-workbench-manifest\",\"files\":["
                + "{\"file\":\"a.png\",\"label\":\"happy\"},{\"file\":\"a.png\",\"label\":\"sad\"}]}");
        assertTrue(assertThrows(DatasetException.class, () -> ManifestJson.read(m)).getMessage().contains("more than once"));
        Files.writeString(m, "{\"format\":\"emotion-workbench-manifest\",\"files\":[{\"file\":\"gone.png\",\"label\":\"happy\"}]}");
        String msg = assertThrows(DatasetException.class,
                () -> ManifestLoader.load(m, LoadOptions.defaults().withoutCache(), LoadMonitor.NONE)).getMessage();
        assertTrue(msg.contains("1 missing file(s)") && msg.contains("gone.png"), msg);
    }

    @Test
    void aManifestRoundTripsThroughJson() throws IOException {
        Manifest m = synthetic(3, 2).withOrigin("step two");
        Path f = tmp.resolve("out/m.json");
        ManifestJson.write(m, f);
        Manifest back = ManifestJson.read(f);
        assertEquals(m, back);
    }
}
