package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestEntry;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.dataset.manifest.Selection;
import org.emotionworkbench.dataset.manifest.Shortfall;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;
import org.emotionworkbench.ui.common.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchingViewModelTest {
    @TempDir
    Path tmp;
    private final TaskRunner tasks = new TaskRunner(UiExecutor.DIRECT, new ErrorLog(UiExecutor.DIRECT));
    private final AtomicReference<MatchingViewModel.Source> source = new AtomicReference<>();

    @AfterEach
    void close() {
        tasks.close();
    }

    private MatchingViewModel vm() {
        return new MatchingViewModel(tasks, source::get, () -> tmp.resolve("ws/datasets"));
    }

    private static Map<Emotion, Integer> counts(int... n) {
        Map<Emotion, Integer> m = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            m.put(e, n[e.ordinal()]);
        }
        return m;
    }

    @Test
    void shortfallsAreListedPerClassAndTheSummarySaysHowManyClassesAreShort() {
        MatchingViewModel vm = vm();
        Manifest drawn = new Manifest(List.of("x"), List.of(
                new ManifestEntry(Path.of("/s/a.png"), Emotion.ANGRY, DataSplit.TRAIN),
                new ManifestEntry(Path.of("/s/b.png"), Emotion.HAPPY, DataSplit.TRAIN),
                new ManifestEntry(Path.of("/s/c.png"), Emotion.HAPPY, DataSplit.TRAIN)));
        Selection sel = new Selection(drawn, List.of(new Shortfall(Emotion.ANGRY, 4, 1), new Shortfall(Emotion.DISGUST, 2, 0)));
        vm.show(new MatchingViewModel.Outcome(counts(4, 2, 0, 2, 0, 0, 0), counts(1, 0, 0, 9, 0, 0, 0), sel, Path.of("/ws/m.json")));
        assertEquals(List.of("angry: wanted 4, source has only 1 (short by 3)", "disgust: wanted 2, source has only 0 (short by 2)"),
                vm.shortfalls());
        assertEquals(7, vm.rows().size());
        assertEquals(new MatchRow("angry", 4, 1, 1), vm.rows().get(0));
        assertTrue(vm.rows().get(0).isShort());
        assertEquals(new MatchRow("happy", 2, 9, 2), vm.rows().get(3));
        assertTrue(!vm.rows().get(3).isShort());
        assertTrue(vm.summaryProperty().get().startsWith("2 of 7 classes are short: 3 of 8 images drawn"), vm.summaryProperty().get());
        assertEquals(Path.of("/ws/m.json"), vm.writtenProperty().get());
    }

    @Test
    void aMatchDrawsTheReferenceCountsAndWritesANewManifestIntoTheWorkspace() throws Exception {
        Path src = tmp.resolve("synthetic");
        SampleDataGenerator.generate(src, 5, 0, 2);
        Files.delete(src.resolve("train/fear/fear_0000.png"));
        Path ref = tmp.resolve("real");
        SampleDataGenerator.generate(ref, 3, 2, 3); // 5 per class over both splits
        source.set(new MatchingViewModel.Source(src.toString(), SourceOptions.defaults(), "synthetic"));
        MatchingViewModel vm = vm();
        vm.referenceProperty().set(ref.toString());
        vm.run().future().get(20, TimeUnit.SECONDS);
        Path written = tmp.resolve("ws/datasets/synthetic-matched-real-s42.json");
        assertEquals(written, vm.writtenProperty().get());
        assertEquals(List.of("fear: wanted 5, source has only 4 (short by 1)"), vm.shortfalls());
        assertEquals(34, ManifestJson.read(written).size());
        assertEquals(new MatchRow("fear", 5, 4, 4), vm.rows().get(Emotion.FEAR.ordinal()));

        vm.referenceSplitProperty().set("test");
        vm.run().future().get(20, TimeUnit.SECONDS);
        assertEquals(tmp.resolve("ws/datasets/synthetic-matched-real-s42-2.json"), vm.writtenProperty().get(),
                "a match never replaces an earlier manifest");
        assertEquals(List.of(), vm.shortfalls());
        assertEquals(14, ManifestJson.read(vm.writtenProperty().get()).size());
        assertTrue(vm.summaryProperty().get().startsWith("Every class matched: 14 images drawn."));
    }

    @Test
    void badInputGetsMessages() throws Exception {
        MatchingViewModel vm = vm();
        assertNull(vm.run());
        assertTrue(vm.messageProperty().get().startsWith("Open a dataset first"));
        source.set(new MatchingViewModel.Source(tmp.toString(), SourceOptions.defaults(), "x"));
        assertNull(vm.run());
        assertTrue(vm.messageProperty().get().startsWith("Enter the reference dataset"));
        vm.referenceProperty().set(tmp.resolve("nope").toString());
        assertNull(vm.run());
        assertTrue(vm.messageProperty().get().startsWith("Reference: dataset not found"));
        vm.referenceProperty().set(tmp.toString());
        vm.seedProperty().set("x");
        assertNull(vm.run());
        assertEquals("Seed: enter a whole number, e.g. 42.", vm.messageProperty().get());
    }
}
