package org.emotionworkbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.study.StudyLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.emotionworkbench.cli.CliEndToEndTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code study run --spark local[2]}: one study (tiny model, 2 epochs, seeds 1 and 2, the sample data) run on Spark
 * and on the single-machine runner gives the same summary.json; a second run trains nothing; a bad master is a user
 * error. The process-wide deserialization filter is the Spark driver's allow-list, as in a real driver.
 */
@Tag("spark") // pom.xml: run by the spark-tests execution, with Spark on the class path
class StudySparkCliTest {
    @TempDir
    static Path tmp;
    static Path spec;
    static CliEndToEndTest.Result single;
    static CliEndToEndTest.Result spark;

    @BeforeAll
    static void runTheStudyBothWays() throws Exception {
        // as Main does for study run --spark: Spark's messages and task results pass the driver's allow-list
        assertTrue(org.emotionworkbench.platform.SerializationFilter.installForSparkDriver());
        String data = Path.of("sample-data").toAbsolutePath().toString().replace("\\", "\\\\");
        spec = tmp.resolve("study.json");
        Files.writeString(spec, """
                {"name": "where", "model": "tiny",
                 "training": {"maxEpochs": 2, "batchSize": 32, "learningRate": 0.003},
                 "seeds": [1, 2],
                 "sources": [{"name": "sample", "data": "%s"}],
                 "evaluations": [{"name": "sample-test", "data": "%s"}],
                 "robustness": {"epsilons": []}}
                """.formatted(data, data));
        // Spark tasks give ND4J (and OpenMP on their thread) one thread each (spark.task.cpus); the single-machine
        // runner gets the same here. With 2 threads it predicts the same classes, but softmax confidences differ in the
        // 8th-9th digit: float32 sums are split differently across threads (where a run ran does not matter; how many
        // threads it had does).
        var before = org.emotionworkbench.platform.NativeThreads.Settings.now();
        try {
            org.emotionworkbench.platform.NativeThreads.limit(1);
            single = study(tmp.resolve("single"));
        } finally {
            before.restore();
        }
        spark = study(tmp.resolve("spark"), "--spark", "local[2]");
        assertEquals(before.maxThreads(), Nd4j.getEnvironment().maxThreads()); // the local-mode tasks' limit was undone
    }

    /** history.csv without its wall-clock column (seconds). */
    static java.util.List<String> historyWithoutSeconds(Path run) throws java.io.IOException {
        return Files.readAllLines(run.resolve(RunFolder.HISTORY)).stream()
                .map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }

    static CliEndToEndTest.Result study(Path out, String... more) {
        String[] base = {"study", "run", "--spec", spec.toString(), "--out", out.toString(), "--resamples", "50",
                "--cache-dir", tmp.resolve("cache").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return cli(args);
    }

    @Test
    void theSparkSummaryEqualsTheSingleMachineOne() throws Exception {
        assertEquals(0, single.code(), single.err());
        assertEquals(0, spark.code(), spark.err());
        assertTrue(spark.out().contains("2 of 2 runs to train on Spark (local[2])"), spark.out());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(tmp.resolve("single/summary.json").toFile());
        JsonNode b = json.readTree(tmp.resolve("spark/summary.json").toFile());
        assertEquals(a.toPrettyString(), b.toPrettyString()); // summary.json holds no wall times or machine facts
        for (long seed : new long[]{1, 2}) {
            Path run = new StudyLayout(tmp.resolve("spark")).run("sample", seed);
            assertTrue(StudyLayout.finished(run), run.toString());
            assertEquals(historyWithoutSeconds(new StudyLayout(tmp.resolve("single")).run("sample", seed)),
                    historyWithoutSeconds(run));
        }
        assertTrue(Files.readString(tmp.resolve("spark/memory.csv")).lines().count() == 3);
    }

    @Test
    void aSecondSparkRunOnAFinishedStudyTrainsNothing() throws Exception {
        assertEquals(0, spark.code(), spark.err());
        Path model = new StudyLayout(tmp.resolve("spark")).run("sample", 1).resolve(RunFolder.MODEL);
        FileTime before = Files.getLastModifiedTime(model);
        CliEndToEndTest.Result again = study(tmp.resolve("spark"), "--spark", "local[2]");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("[1/2] sample seed 1: already trained"), again.out());
        assertTrue(again.out().contains("[2/2] sample seed 2: already trained"), again.out());
        assertTrue(again.out().contains("Spark was not started"), again.out());
        assertFalse(again.out().contains(": trained"), again.out());
        assertEquals(before, Files.getLastModifiedTime(model));
    }

    @Test
    void aRunStoppedPartWayGoesOnOnSparkAfterItsLastEpoch() throws Exception {
        // what a retried task finds after its first try died: a run with a resume point after epoch 1
        Path out = tmp.resolve("stopped");
        org.emotionworkbench.training.TrainingControl control = new org.emotionworkbench.training.TrainingControl();
        org.emotionworkbench.training.TrainingListener stopper = new org.emotionworkbench.training.TrainingListener() {
            @Override
            public void onEpoch(org.emotionworkbench.training.EpochResult result) {
                control.requestStop();
            }
        };
        org.emotionworkbench.study.StudyRunner runner = new org.emotionworkbench.study.StudyRunner(
                org.emotionworkbench.dataset.LoadOptions.defaults().withCacheDir(tmp.resolve("cache")),
                org.emotionworkbench.run.RunProgress.SILENT, java.util.List.of(stopper), control);
        assertFalse(runner.run(org.emotionworkbench.study.StudySpec.read(spec), out));
        Path run = new StudyLayout(out).run("sample", 1);
        String firstEpoch = Files.readAllLines(run.resolve(RunFolder.HISTORY)).get(1);

        CliEndToEndTest.Result resumed = study(out, "--spark", "local[2]");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(StudyLayout.finished(run));
        java.util.List<String> history = Files.readAllLines(run.resolve(RunFolder.HISTORY));
        assertEquals(3, history.size(), String.join("\n", history));
        // epoch 1 was not trained again: its row, wall time included, is the stopped run's
        assertEquals(firstEpoch, history.get(1));
    }

    @Test
    void onlyStudyRunWithSparkLeavesOutTheDeserializationFilter() {
        assertTrue(StudyCommand.isSparkDriver(new String[]{"study", "run", "--spec", "s", "--spark", "local[2]"}));
        assertTrue(StudyCommand.isSparkDriver(new String[]{"study", "run", "--spark=spark://h:7077", "--out", "d"}));
        assertFalse(StudyCommand.isSparkDriver(new String[]{"study", "run", "--spec", "s", "--out", "d"}));
        assertFalse(StudyCommand.isSparkDriver(new String[]{"study", "summary", "--study", "d", "--spark"}));
        assertFalse(StudyCommand.isSparkDriver(new String[]{"train", "--spark", "local"}));
    }

    @Test
    void aBadMasterIsAUserErrorThatSaysWhatAMasterIs() {
        CliEndToEndTest.Result bad = study(tmp.resolve("bad"), "--spark", "nowhere:7077");
        assertEquals(ErrorReporter.USER_ERROR, bad.code(), bad.out() + bad.err());
        assertTrue(bad.err().contains("--spark nowhere:7077: Spark did not start"), bad.err());
        assertTrue(bad.err().contains("local[N]"), bad.err());
    }
}
