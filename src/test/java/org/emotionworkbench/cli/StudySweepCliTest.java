package org.emotionworkbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.study.StudyLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.emotionworkbench.cli.CliEndToEndTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code study run} of a 2 × 1 sweep (maxEpochs 1 and 2, one seed) of the tiny model on the sample data. */
class StudySweepCliTest {
    @TempDir
    static Path tmp;
    static Path spec;
    static Path out;
    static CliEndToEndTest.Result first;

    @BeforeAll
    static void runSweptStudy() throws Exception {
        String data = Path.of("sample-data").toAbsolutePath().toString().replace("\\", "\\\\");
        spec = tmp.resolve("study.json");
        Files.writeString(spec, """
                {"name": "epochs", "model": "tiny",
                 "training": {"maxEpochs": 5, "batchSize": 32, "learningRate": 0.003},
                 "seeds": [1],
                 "sources": [{"name": "sample", "data": "%s"}],
                 "evaluations": [{"name": "sample-test", "data": "%s"}],
                 "robustness": {"epsilons": []},
                 "sweep": {"maxEpochs": [1, 2]}}
                """.formatted(data, data));
        out = tmp.resolve("study");
        first = cli("study", "run", "--spec", spec.toString(), "--out", out.toString(), "--resamples", "50",
                "--cache-dir", tmp.resolve("cache").toString());
    }

    private static Path run(String name) {
        return out.resolve("runs").resolve(name);
    }

    @Test
    void eachCombinationIsARunFolderWhoseConfigRecordsItsEpochs() throws Exception {
        assertEquals(0, first.code(), first.err());
        for (int epochs : new int[]{1, 2}) {
            Path run = run("sample-e" + epochs + "-s1");
            assertTrue(StudyLayout.finished(run), run.toString());
            RunConfig config = RunConfig.read(run.resolve(RunFolder.CONFIG));
            assertEquals(epochs, config.training().maxEpochs());
            assertEquals(32, config.training().batchSize());
            assertTrue(Files.isRegularFile(run.resolve("evaluations/sample-test/predictions.csv")));
        }
        assertFalse(Files.exists(run("sample-s1")));
    }

    @Test
    void theSummaryHasAPointPerCombinationAlongTheSweptAxis() throws Exception {
        assertEquals(0, first.code(), first.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("maxEpochs", summary.path("sweepAxes").get(0).asText());
        List<String> points = new ArrayList<>();
        for (JsonNode p : summary.path("sweep")) {
            points.add(p.path("evaluation").asText() + " " + p.path("source").asText() + " "
                    + p.path("settings").path("maxEpochs").asInt() + " " + p.path("seeds").asInt());
            double acc = p.path("accuracy").path("mean").asDouble();
            assertTrue(acc >= 0 && acc <= 1);
            assertTrue(p.path("accuracyCi").path("lower").asDouble() <= acc + 1e-9);
        }
        assertEquals(List.of("own-test sample 1 1", "own-test sample 2 1", "sample-test sample 1 1",
                "sample-test sample 2 1"), points);
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("## Sweep: maxEpochs"), md);
        assertTrue(md.contains("| source | maxEpochs | seeds | accuracy |"), md);
        assertTrue(md.contains("| sample | 2 | 1 |"), md);
        assertTrue(md.contains("| sample e1 |"), md); // the per-group tables name the combination

        Path html = tmp.resolve("report.html");
        CliEndToEndTest.Result report = cli("report", "--study", out.toString(), "--out", html.toString(),
                "--resamples", "50");
        assertEquals(0, report.code(), report.err());
        String h = Files.readString(html);
        assertTrue(h.contains("<h2>Sweep: maxEpochs</h2>"), h);
        assertTrue(h.contains("aria-label=\"accuracy by maxEpochs\""), h);
        assertTrue(h.contains("<th>maxEpochs</th>"), h);
    }

    @Test
    void runningAgainRetrainsOnlyTheUnfinishedCombination() throws Exception {
        assertEquals(0, first.code(), first.err());
        Path done = run("sample-e1-s1").resolve(RunFolder.MODEL);
        FileTime before = Files.getLastModifiedTime(done);
        Files.delete(run("sample-e2-s1").resolve(RunFolder.OUTCOME)); // as if stopped mid-run
        CliEndToEndTest.Result again = cli("study", "run", "--spec", spec.toString(), "--out", out.toString(),
                "--resamples", "50", "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("sample e1 seed 1: already trained"), again.out());
        assertTrue(again.out().contains("sample e2 seed 1: training"), again.out());
        assertEquals(before, Files.getLastModifiedTime(done));
        assertTrue(StudyLayout.finished(run("sample-e2-s1")));
    }
}
