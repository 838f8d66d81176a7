package org.emotionworkbench.run;

import org.emotionworkbench.cli.Main;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.training.EpochResult;
import org.emotionworkbench.training.StopReason;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingListener;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.training.TrainingOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stopped run goes on with {@code train --resume} (or {@link RunExecutor#resume}) and ends as a whole run. */
class RunResumeTest {
    @TempDir
    static Path tmp;
    static Path faces;

    @BeforeAll
    static void makeFaces() throws Exception {
        faces = tmp.resolve("faces");
        SampleDataGenerator.generate(faces, 12, 4, 3);
    }

    private static RunExecutor executor() {
        return new RunExecutor(LoadOptions.defaults().withCacheDir(tmp.resolve("cache")));
    }

    private static DataOptions data() {
        return new DataOptions(faces.toString(), null, 0.2, false, null, null);
    }

    /** A run of 3 epochs stopped after its first. */
    private static RunFolder stoppedRun(String name) throws Exception {
        RunFolder run = RunFolder.createNew(tmp.resolve(name), false);
        TrainingControl control = new TrainingControl();
        TrainingOutcome outcome = executor().control(control).listener(new TrainingListener() {
            @Override
            public void onEpoch(EpochResult result) {
                control.requestStop();
            }
        }).execute(Presets.get("tiny"), TrainingOptions.of(3, 16, 3e-3, 1), data(), run);
        assertEquals(StopReason.CANCELLED, outcome.stopReason());
        assertTrue(Files.isRegularFile(run.file(RunFolder.RESUME).resolve("state.json")));
        return run;
    }

    record Cli(int code, String out, String err) {
    }

    private static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString().strip());
    }

    @Test
    void aStoppedRunResumesToTheEndAndKeepsItsWholeHistory() throws Exception {
        RunFolder run = stoppedRun("stopped");
        assertEquals(1, HistoryCsv.read(run.file(RunFolder.HISTORY)).size());
        String config = Files.readString(run.file(RunFolder.CONFIG));

        Cli resumed = cli("train", "--resume", run.dir().toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("resuming tiny after epoch 1 of 3"), resumed.out());
        assertTrue(resumed.out().contains("macro avg"), resumed.out());

        var history = HistoryCsv.read(run.file(RunFolder.HISTORY));
        assertEquals(3, history.size());
        assertEquals(1, history.get(0).epoch());
        assertEquals(3, history.get(2).epoch());
        String outcome = Files.readString(run.file(RunFolder.OUTCOME));
        assertTrue(outcome.contains("\"stopReason\" : \"completed\""), outcome);
        assertTrue(outcome.contains("\"epochs\" : 3"), outcome);
        assertTrue(Files.isRegularFile(run.file(RunFolder.REPORT_JSON)));
        assertFalse(Files.exists(run.file(RunFolder.RESUME)), "a finished run keeps no resume point");
        assertEquals(config, Files.readString(run.file(RunFolder.CONFIG)), "config.json is the run's, unchanged");

        Cli again = cli("train", "--resume", run.dir().toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("it has finished (completed)"), again.err());
    }

    @Test
    void resumeRefusesOtherTrainingOptionsAndMissingRuns() throws Exception {
        RunFolder run = stoppedRun("with-options");
        Cli extra = cli("train", "--resume", run.dir().toString(), "--epochs", "9", "--lr", "0.1", "--seed", "3");
        assertEquals(2, extra.code());
        assertTrue(extra.err().contains("except a longer --patience or other --epochs; leave out --lr, --seed"),
                extra.err());
        Cli noStopping = cli("train", "--resume", run.dir().toString(), "--patience", "20");
        assertEquals(2, noStopping.code());
        assertTrue(noStopping.err().contains("--patience changes early stopping, and this run has none"),
                noStopping.err());
        Cli missing = cli("train", "--resume", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("is not a run folder"), missing.err());
        Cli neither = cli("train", "--model", "tiny");
        assertEquals(2, neither.code());
        assertTrue(neither.err().contains("--train <data> and --out <runDir>"), neither.err());
        assertEquals(1, HistoryCsv.read(run.file(RunFolder.HISTORY)).size(), "refusals leave the run as it was");
    }

    @Test
    void resumeRefusesDataThatChangedSinceTheStart() throws Exception {
        Path copy = tmp.resolve("faces-changing");
        try (Stream<Path> files = Files.walk(faces)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(faces.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        RunFolder run = RunFolder.createNew(tmp.resolve("changing"), false);
        TrainingControl control = new TrainingControl();
        executor().control(control).listener(new TrainingListener() {
            @Override
            public void onEpoch(EpochResult result) {
                control.requestStop();
            }
        }).execute(Presets.get("tiny"), TrainingOptions.of(3, 16, 3e-3, 1),
                new DataOptions(copy.toString(), null, 0.2, false, null, null), run);
        try (Stream<Path> happy = Files.list(copy.resolve("train/happy"))) {
            Files.delete(happy.sorted().findFirst().orElseThrow());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> executor().resume(run));
        assertTrue(e.getMessage().contains("is not what the run started with"), e.getMessage());
        assertTrue(Files.isRegularFile(run.file(RunFolder.RESUME).resolve("state.json")), "the resume point is kept");
    }
}
