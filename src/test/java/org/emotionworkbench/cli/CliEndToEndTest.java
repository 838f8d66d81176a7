package org.emotionworkbench.cli;

import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.HistoryCsv;
import org.emotionworkbench.run.RunConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI as a user runs it, on the bundled sample data. */
class CliEndToEndTest {
    @TempDir
    static Path tmp;
    static Path run;
    static Result trained;

    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void trainTinyOnSampleData() {
        run = tmp.resolve("run");
        trained = cli("train", "--train", "sample-data", "--model", "tiny", "--epochs", "15", "--batch", "32",
                "--lr", "0.003", "--seed", "1", "--out", run.toString(), "--cache-dir", tmp.resolve("cache").toString());
    }

    @Test
    void trainingOnSampleDataClearlyBeatsChance() throws Exception {
        assertEquals(0, trained.code(), trained.err());
        for (String f : new String[]{"config.json", "history.csv", "model.zip", "outcome.json", "report.json",
                "report.txt", "confusion.csv", "predictions.csv"}) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        ClassificationReport report = ClassificationReport.fromJson(Files.readString(run.resolve("report.json")));
        assertEquals(140, report.totalSupport());
        assertTrue(report.accuracy() > 0.4, "accuracy " + report.accuracy() + " vs chance 1/7");
        assertTrue(trained.out().contains("macro avg"), trained.out());
        assertTrue(trained.out().contains("epoch 15/15"), trained.out());
    }

    @Test
    void runConfigRecordsEverythingNeededToRepeatTheRun() throws Exception {
        RunConfig config = RunConfig.read(run.resolve("config.json"));
        assertEquals(Presets.get("tiny"), config.model());
        assertEquals(1, config.training().seed());
        assertEquals(15, config.training().maxEpochs());
        assertEquals(Path.of("sample-data").toAbsolutePath().normalize().toString(), config.data().trainRoot());
        assertEquals(336, config.dataUsed().get("train").samples());
        assertEquals(84, config.dataUsed().get("validation").samples());
        assertTrue(config.dataUsed().get("train").fingerprint().startsWith("sha256:"));
        assertEquals("1.0.0-M2.1", config.software().dl4jVersion());
        assertEquals(15, HistoryCsv.read(run.resolve("history.csv")).size());
    }

    @Test
    void evaluatingTheSavedModelReproducesTheRunsReport() throws Exception {
        Result r = cli("evaluate", "--run", run.toString(), "--data", "sample-data",
                "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, r.code(), r.err());
        Path out = run.resolve("evaluations").resolve("sample-data");
        assertEquals(Files.readString(run.resolve("report.json")), Files.readString(out.resolve("report.json")));
        assertEquals(Files.readString(run.resolve("predictions.csv")), Files.readString(out.resolve("predictions.csv")));
    }

    @Test
    void userErrorsAreOneClearLineWithExitCode2() throws Exception {
        Path spec = tmp.resolve("bad.json");
        Files.writeString(spec, "{\"layers\":[{\"type\":\"Dense\",\"units\":4},{\"type\":\"Output\"}]}");
        Path notARun = Files.createDirectories(tmp.resolve("not-a-run"));
        Path brokenRun = Files.createDirectories(tmp.resolve("broken-run"));
        Files.copy(run.resolve("config.json"), brokenRun.resolve("config.json"));
        Files.writeString(brokenRun.resolve("model.zip"), "not a zip");
        String[][] cases = {
                {"dataset", "inspect", tmp.resolve("missing").toString()},
                {"summary", "--model", "resnet"},
                {"summary", "--model", spec.toString()},
                {"train", "--train", "sample-data", "--model", "tiny", "--out", run.toString()},
                {"train", "--train", "sample-data", "--model", "tiny", "--epochs", "0", "--out", tmp.resolve("r0").toString()},
                {"train", "--train", "sample-data", "--balance", "sometimes", "--out", tmp.resolve("r1").toString()},
                {"evaluate", "--run", notARun.toString(), "--data", "sample-data"},
                {"evaluate", "--run", brokenRun.toString(), "--data", "sample-data"},
        };
        for (String[] args : cases) {
            Result r = cli(args);
            String what = String.join(" ", args);
            assertEquals(2, r.code(), what + " -> " + r.err());
            String err = r.err().strip();
            assertTrue(err.startsWith("error: "), what + " -> " + err);
            assertFalse(err.contains("\n"), what + " printed more than one line: " + err);
            assertFalse(err.contains("Exception"), what + " -> " + err);
        }
        assertTrue(Files.exists(run.resolve("model.zip")), "the refused train left the existing run alone");
    }

    @Test
    void compareShowsIntervalsAndPairsRunsOnTheSameImages() {
        Path again = tmp.resolve("again");
        assertEquals(0, cli("evaluate", "--run", run.toString(), "--data", "sample-data", "--out", again.toString(),
                "--cache-dir", tmp.resolve("cache").toString()).code());
        Result r = cli("compare", run.toString(), again.toString(), "--resamples", "200");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("tiny"), r.out());
        assertTrue(r.out().contains("McNemar run vs again: only run right 0, only again right 0, exact binomial p = 1"),
                r.out());
    }

    @Test
    void gradcamCompareOfAModelWithItselfShowsNoDifference() throws Exception {
        Path out = tmp.resolve("cmp");
        Result r = cli("gradcam-compare", "--run-a", run.toString(), "--run-b", run.toString(),
                "--images", "sample-data/test/happy", "--class", "happy", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        java.util.List<String> rows = Files.readAllLines(out.resolve("index.csv"));
        assertEquals(21, rows.size(), "header + 20 happy test faces");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            assertEquals("happy", f[1], row);
            assertEquals(0.0, Double.parseDouble(f[f.length - 1]), 1e-9, row);
        }
        java.awt.image.BufferedImage sheet = javax.imageio.ImageIO.read(out.resolve("happy_0000.png").toFile());
        assertEquals(4 * 48 * 4 + 3 * 4, sheet.getWidth(), "face | A | B | A-B at scale 4 with 4 px gaps");
    }

    @Test
    void modelAssistedLabellingOrdersByUncertaintyAndKeepsHumanLabels() throws Exception {
        Path flat = Files.createDirectories(tmp.resolve("unlabelled"));
        for (String c : org.emotionworkbench.dataset.Emotion.labels()) {
            for (int i = 0; i < 2; i++) {
                Files.copy(Path.of("sample-data/test", c, c + "_000" + i + ".png"), flat.resolve("face-" + c + i + ".png"));
            }
        }
        Path csv = tmp.resolve("labels.csv");
        Result r = cli("dataset", "label", "--images", flat.toString(), "--run", run.toString(), "--out", csv.toString(),
                "--min-confidence", "0.9");
        assertEquals(0, r.code(), r.err());
        var rows = org.emotionworkbench.dataset.labels.LabelsCsv.read(csv);
        assertEquals(14, rows.size());
        boolean seenSettled = false;
        double previous = -1;
        for (var row : rows) {
            float max = 0;
            for (float p : row.probabilities()) {
                max = Math.max(max, p);
            }
            assertEquals(max, row.confidence(), 1e-6, row.file());
            assertEquals(row.confidence() < 0.9, row.review(), row.file());
            if (row.review()) {
                assertFalse(seenSettled, "rows awaiting review come first");
                assertTrue(row.confidence() >= previous, "most uncertain first");
                previous = row.confidence();
            } else {
                seenSettled = true;
            }
        }
        // a person labels one face; labelling again must not overwrite it
        var first = rows.get(0);
        var human = org.emotionworkbench.dataset.labels.LabelRow.human(first.file(), org.emotionworkbench.dataset.Emotion.FEAR);
        org.emotionworkbench.dataset.labels.LabelsCsv.write(
                org.emotionworkbench.dataset.labels.LabelsCsv.merge(rows, java.util.List.of(human)), csv);
        assertEquals(0, cli("dataset", "label", "--images", flat.toString(), "--run", run.toString(),
                "--out", csv.toString()).code());
        var again = org.emotionworkbench.dataset.labels.LabelsCsv.read(csv);
        assertEquals(14, again.size());
        assertTrue(again.stream().anyMatch(x -> x.file().equals(first.file())
                && x.origin() == org.emotionworkbench.dataset.labels.LabelOrigin.HUMAN
                && x.label() == org.emotionworkbench.dataset.Emotion.FEAR), again.toString());
    }

    @Test
    void summaryPrintsTheKerasLikeTable() {
        Result r = cli("summary", "--model", "pisa");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Total params: 1,029,223"), r.out());
    }

    @Test
    void summaryListGivesEachPresetWithItsCountsAndOneLineDescription() {
        Result r = cli("summary", "--list");
        assertEquals(0, r.code());
        java.util.List<String> lines = r.out().lines().toList();
        assertEquals(org.emotionworkbench.model.Presets.names().size(), lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("pisa ") && lines.get(0).contains("1,029,223 params")
                && lines.get(0).endsWith(org.emotionworkbench.model.Presets.description("pisa")), lines.get(0));
        assertTrue(r.out().contains("seed12") && r.out().contains("12-layer CNN"), r.out());
    }

    @Test
    void everyCommandsHelpRendersWithoutPicocliWarnings() {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
            todo.add(new picocli.CommandLine(new Main()));
            int seen = 0;
            while (!todo.isEmpty()) {
                picocli.CommandLine c = todo.poll();
                String help = c.getUsageMessage();
                assertTrue(help.contains("Usage:"), help);
                todo.addAll(c.getSubcommands().values());
                seen++;
            }
            assertTrue(seen > 8, "commands seen: " + seen);
        } finally {
            System.setErr(original);
        }
        assertFalse(captured.toString().contains("WARN"), captured.toString());
    }

    @Test
    void noCommandWithTheWindowSwitchedOffPrintsTheHelp() {
        Result r = cli();
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: emotion-workbench"), r.out());
        assertTrue(r.out().contains("train"), r.out());
    }

    @Test
    void inspectListsTheLayoutAndCounts() {
        Result r = cli("dataset", "inspect", "sample-data", "--no-cache");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().toLowerCase().contains("train"), r.out());
        assertTrue(r.out().contains("60") && r.out().contains("20"), r.out());
    }
}
