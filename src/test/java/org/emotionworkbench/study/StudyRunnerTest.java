package org.emotionworkbench.study;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyRunnerTest {
    @TempDir
    static Path tmp;
    static StudySpec spec;
    static Path out;
    static final List<String> stages = new ArrayList<>();

    static StudyRunner runner() {
        RunProgress progress = new RunProgress() {
            @Override
            public void stage(String description) {
                stages.add(description);
            }
        };
        return new StudyRunner(LoadOptions.defaults().withCacheDir(tmp.resolve("cache")), progress, List.of(),
                new TrainingControl());
    }

    @BeforeAll
    static void runSmallStudy() throws Exception {
        Path a = tmp.resolve("faces-a");
        Path b = tmp.resolve("faces-b");
        SampleDataGenerator.generate(a, 20, 8, 1);
        SampleDataGenerator.generate(b, 20, 8, 2);
        spec = new StudySpec("ab", Presets.get("tiny"), TrainingOptions.of(2, 32, 3e-3, 0), List.of(1L, 2L),
                List.of(new StudySpec.Source("a", a.toString(), false, null, null, null, 0.0),
                        new StudySpec.Source("b", b.toString(), false, null, null, null, 1.0)),
                List.of(new StudySpec.EvaluationSet("on-a", a.toString())));
        out = tmp.resolve("study");
        assertTrue(runner().run(spec, out));
    }

    @Test
    void everySourceSeedPairIsTrainedAndEvaluated() {
        for (String source : List.of("a", "b")) {
            for (long seed : List.of(1L, 2L)) {
                StudyLayout layout = new StudyLayout(out);
                assertTrue(StudyLayout.finished(layout.run(source, seed)), source + seed);
                assertTrue(Files.isRegularFile(layout.evaluation(source, seed, "on-a").resolve("predictions.csv")));
            }
        }
    }

    @Test
    void summaryHasACellPerSourceAndEvaluationAndPairedTests() throws Exception {
        StudySummary s = StudySummary.of(spec, out, 100, 1);
        assertEquals(List.of("own-test", "on-a"), s.evaluations());
        assertEquals(4, s.cells().size());
        StudySummary.Cell c = s.cell("b", "on-a");
        assertEquals(2, c.seeds());
        assertEquals(56, c.images());
        assertTrue(c.accuracyCi().lower() <= c.accuracy().mean() && c.accuracy().mean() <= c.accuracyCi().upper());
        // macro precision (the reference study's headline) has its interval too: the bootstrap of the seed mean
        assertEquals(c.macroPrecision().mean(), c.macroPrecisionCi().estimate(), 1e-12);
        assertTrue(c.macroPrecisionCi().lower() <= c.macroPrecision().mean()
                && c.macroPrecision().mean() <= c.macroPrecisionCi().upper());
        assertTrue(c.macroPrecisionCi().upper() > c.macroPrecisionCi().lower());
        assertEquals(2 * 56, java.util.Arrays.stream(c.confusion().counts()).flatMapToInt(java.util.Arrays::stream).sum());
        // a vs b only where they saw the same images: on-a, once per seed (their own tests differ)
        assertEquals(2, s.tests().size());
        assertTrue(s.tests().stream().allMatch(t -> t.evaluation().equals("on-a")));
        String md = StudySummaryMarkdown.render(s);
        assertTrue(md.contains("## Evaluated on on-a"), md);
        assertTrue(md.contains("McNemar"), md);
        assertEquals(List.of(0, 1, 2, 4, 8), List.copyOf(c.fgsmAccuracy().keySet()));
        assertTrue(c.fgsmAccuracy().get(8).mean() <= c.fgsmAccuracy().get(0).mean() + 1e-9, c.fgsmAccuracy().toString());
        assertTrue(md.contains("Robustness: accuracy under FGSM"), md);
        // sources with a synthetic fraction make one curve per evaluation set, in fraction order
        assertEquals(4, s.fractionCurve().size());
        assertEquals(List.of("a", "b"), s.fractionCurve().stream().filter(p -> p.evaluation().equals("on-a"))
                .map(StudySummary.FractionPoint::source).toList());
        assertTrue(md.contains("## Synthetic-fraction curve"), md);
        assertEquals(c.macroPrecision(), s.fractionCurve().stream().filter(p -> p.evaluation().equals("on-a")
                && p.source().equals("b")).findFirst().orElseThrow().macroPrecision());
        assertTrue(md.contains(String.format(java.util.Locale.ROOT, "[%.3f, %.3f]", c.macroPrecisionCi().lower(),
                c.macroPrecisionCi().upper())), md);
    }

    @Test
    void htmlReportIsSelfContainedWithChartsAndMatrices() throws Exception {
        String html = StudyReportHtml.render(StudySummary.of(spec, out, 100, 1));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(5, html.split("<svg", -1).length - 1,
                "an accuracy chart and a reliability diagram per evaluation set, and the synthetic-fraction curve");
        assertEquals(4, html.split("class=\"cm\"", -1).length - 1, "a confusion matrix per source and evaluation");
        assertTrue(html.contains("McNemar"));
        assertFalse(html.contains("<script") || html.contains("src=") || html.contains("href="), "no external resources");
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;",
                org.emotionworkbench.io.Html.escape("a <b> & \"c\" 'd'"));
    }

    @Test
    void memoryAfterEachRunIsWrittenOneRowPerRun() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve(MemoryLog.FILE));
        assertEquals(MemoryLog.HEADER, lines.get(0));
        assertEquals(List.of("1,a,1", "2,a,2", "3,b,1", "4,b,2"), lines.subList(1, lines.size()).stream()
                .map(l -> String.join(",", List.of(l.split(",")).subList(0, 3))).toList());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertEquals(7, f.length, line);
            assertTrue(Long.parseLong(f[3]) > 0 && Long.parseLong(f[4]) > 0 && Long.parseLong(f[5]) >= 0, line);
            assertTrue(Double.parseDouble(f[6]) >= 0, line);
        }
        assertTrue(stages.stream().anyMatch(m -> m.contains("memory after the run: resident ")), stages.toString());
    }

    @Test
    void runningAgainSkipsFinishedRuns() throws Exception {
        Path model = new StudyLayout(out).run("a", 1).resolve("model.zip");
        FileTime before = Files.getLastModifiedTime(model);
        stages.clear();
        assertTrue(runner().run(spec, out));
        assertEquals(before, Files.getLastModifiedTime(model));
        assertEquals(4, stages.stream().filter(m -> m.endsWith("already trained")).count(), stages.toString());
    }

    @Test
    void aDifferentStudyIsRefusedInTheSameFolder() {
        StudySpec other = new StudySpec("other", spec.model(), spec.training(), List.of(3L), spec.sources(),
                spec.evaluations());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner().run(other, out));
        assertTrue(e.getMessage().contains("different study"), e.getMessage());
    }

    @Test
    void specWithAugmentationSurvivesItsOwnJson() throws Exception {
        StudySpec withAug = new StudySpec("aug", spec.model(), spec.training(), spec.seeds(),
                List.of(new StudySpec.Source("a", spec.sources().get(0).data(), false, 0.25,
                        org.emotionworkbench.dataset.AugmentationOptions.pisa(),
                        org.emotionworkbench.training.Balancing.CLASS_WEIGHTS, 0.5)),
                spec.evaluations());
        Path f = tmp.resolve("aug.json");
        Files.writeString(f, withAug.toJson());
        assertEquals(withAug, StudySpec.read(f));
    }

    @Test
    void specFileResolvesPresetsAndRelativePathsAndRejectsBadNames() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("specs"));
        Path f = dir.resolve("s.json");
        Files.writeString(f, """
                {"name": "x", "model": "tiny", "training": {"maxEpochs": 1, "batchSize": 8, "learningRate": 0.001},
                 "seeds": [1], "sources": [{"name": "real", "data": "../faces-a"}]}""");
        StudySpec read = StudySpec.read(f);
        assertEquals(Presets.get("tiny"), read.model());
        assertEquals(tmp.resolve("faces-a").toAbsolutePath().normalize().toString(), read.sources().get(0).data());
        Files.writeString(f, """
                {"name": "x", "model": "tiny", "training": {"maxEpochs": 1, "batchSize": 8, "learningRate": 0.001},
                 "seeds": [1], "sources": [{"name": "re al", "data": "."}]}""");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudySpec.read(f));
        assertTrue(e.getMessage().contains("re al"), e.getMessage());
    }
}
