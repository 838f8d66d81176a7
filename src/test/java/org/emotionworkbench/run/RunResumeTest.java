package org.emotionworkbench.run;

import org.emotionworkbench.cli.Main;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.training.EarlyStopping;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.training.Monitor;
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
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stopped run goes on with {@code train --resume} (or {@link RunExecutor#resume}) and ends as a whole run; it may
 * raise its early-stopping patience or change its epochs, and is then the run it would have been with those settings
 * from the start (how a patience-20 variant of a patience-10 run is made without retraining the shared epochs).
 */
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
        return stoppedRun(name, TrainingOptions.of(3, 16, 3e-3, 1));
    }

    /** A run with these options stopped after its first epoch. */
    private static RunFolder stoppedRun(String name, TrainingOptions options) throws Exception {
        RunFolder run = RunFolder.createNew(tmp.resolve(name), false);
        TrainingControl control = new TrainingControl();
        TrainingOutcome outcome = executor().control(control).listener(new TrainingListener() {
            @Override
            public void onEpoch(EpochResult result) {
                control.requestStop();
            }
        }).execute(Presets.get("tiny"), options, data(), run);
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

    private static TrainingOptions withPatience(int epochs, int patience) {
        // min-delta so large that no epoch after the first improves: early stopping comes after exactly 1 + patience
        return TrainingOptions.of(epochs, 16, 3e-3, 7)
                .withEarlyStopping(new EarlyStopping(Monitor.VAL_LOSS, patience, 1e6, true));
    }

    @Test
    void aRunThatStoppedEarlyGoesOnInACopyWithALongerPatienceAsIfItHadHadItFromTheStart() throws Exception {
        RunFolder early = RunFolder.createNew(tmp.resolve("patience-1"), false);
        var first = executor().execute(Presets.get("tiny"), withPatience(6, 1), data(), early);
        assertEquals(StopReason.EARLY_STOPPED, first.stopReason());
        assertEquals(2, first.history().size(), "patience 1 after the best first epoch: stops after epoch 2");
        assertTrue(Files.isRegularFile(early.file(RunFolder.RESUME).resolve("state.json")), "kept to go on from");
        assertFalse(early.resumableAsItIs(), "the window's Resume does not offer it");
        String history = Files.readString(early.file(RunFolder.HISTORY));
        String outcome = Files.readString(early.file(RunFolder.OUTCOME));

        var same = assertThrows(CannotResumeException.class, () -> executor().resume(early, ResumeChanges.none()));
        assertTrue(same.getMessage().contains("stopped early (after epoch 2, patience 1): to go on, give it a longer "
                + "--patience"), same.getMessage());
        Cli refused = cli("train", "--resume", early.dir().toString(), "--patience", "1", "--out",
                tmp.resolve("refused-copy").toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(2, refused.code(), refused.err());
        assertFalse(Files.exists(tmp.resolve("refused-copy")), "a refused copy is not left behind");

        Path copyDir = tmp.resolve("patience-1-then-3");
        Cli goesOn = cli("train", "--resume", early.dir().toString(), "--patience", "3", "--out", copyDir.toString(),
                "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, goesOn.code(), goesOn.err());
        assertTrue(goesOn.out().contains("resumed after epoch 2 with early-stopping patience 1 → 3, in a copy of "),
                goesOn.out());
        assertTrue(goesOn.out().contains("stopped early; to see whether a longer patience finds a better epoch: "
                + "train --resume " + copyDir + " --patience <more> --out <copyDir>"), goesOn.out());
        RunFolder amended = new RunFolder(copyDir);
        assertEquals(history, Files.readString(early.file(RunFolder.HISTORY)), "the original stays as it was");
        assertEquals(outcome, Files.readString(early.file(RunFolder.OUTCOME)));

        RunFolder fresh = RunFolder.createNew(tmp.resolve("patience-3"), false);
        var whole = executor().execute(Presets.get("tiny"), withPatience(6, 3), data(), fresh);
        assertEquals(4, whole.history().size(), "patience 3 after the best first epoch: stops after epoch 4");
        List<EpochMetrics> a = HistoryCsv.read(amended.file(RunFolder.HISTORY));
        List<EpochMetrics> b = HistoryCsv.read(fresh.file(RunFolder.HISTORY));
        assertEquals(b.size(), a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i).loss(), a.get(i).loss(), 0.0, "loss of epoch " + (i + 1));
            assertEquals(b.get(i).valLoss(), a.get(i).valLoss(), 0.0, "val_loss of epoch " + (i + 1));
            assertEquals(b.get(i).valAccuracy(), a.get(i).valAccuracy(), 0.0, "val_accuracy of epoch " + (i + 1));
        }
        assertEquals(Files.readString(fresh.file(RunFolder.CONFUSION)),
                Files.readString(amended.file(RunFolder.CONFUSION)));

        RunConfig config = RunConfig.read(amended.file(RunFolder.CONFIG));
        assertEquals(3, config.training().earlyStopping().patience(), "config.json holds the settings it ended with");
        assertEquals(List.of("resumed after epoch 2 with early-stopping patience 1 → 3, in a copy of "
                + early.dir().toAbsolutePath().normalize()), config.amendments());
        assertNull(RunConfig.read(fresh.file(RunFolder.CONFIG)).amendments());
    }

    @Test
    void raisingThePatienceOfAStoppedRunInPlaceIsRecorded() throws Exception {
        RunFolder run = stoppedRun("stopped-patience-1", withPatience(6, 1));
        var outcome = executor().resume(run, new ResumeChanges(null, 3));
        assertEquals(StopReason.EARLY_STOPPED, outcome.stopReason());
        assertEquals(4, outcome.history().size());
        assertEquals(List.of("resumed after epoch 1 with early-stopping patience 1 → 3"),
                RunConfig.read(run.file(RunFolder.CONFIG)).amendments());
    }

    @Test
    void moreEpochsAreRecordedAndTrained() throws Exception {
        RunFolder run = stoppedRun("two-then-three", TrainingOptions.of(2, 16, 3e-3, 7));
        var outcome = executor().resume(run, new ResumeChanges(3, null));
        assertEquals(StopReason.COMPLETED, outcome.stopReason());
        assertEquals(3, HistoryCsv.read(run.file(RunFolder.HISTORY)).size());
        RunConfig config = RunConfig.read(run.file(RunFolder.CONFIG));
        assertEquals(3, config.training().maxEpochs());
        assertEquals(List.of("resumed after epoch 1 with epochs 2 → 3"), config.amendments());
    }

    @Test
    void changesThatWouldRewriteThePastAreRefusedAndLeaveTheRunAsItWas() throws Exception {
        RunFolder run = stoppedRun("refusals", withPatience(4, 2));
        String config = Files.readString(run.file(RunFolder.CONFIG));

        var lower = assertThrows(IllegalArgumentException.class,
                () -> executor().resume(run, new ResumeChanges(null, 1)));
        assertTrue(lower.getMessage().contains("patience can only be raised on resume (from 2)"), lower.getMessage());
        var tooFew = assertThrows(IllegalArgumentException.class,
                () -> executor().resume(run, new ResumeChanges(1, null)));
        assertTrue(tooFew.getMessage().contains("--epochs 1 leaves nothing to train: the run has finished 1 epochs"),
                tooFew.getMessage());
        assertEquals(config, Files.readString(run.file(RunFolder.CONFIG)));
        assertEquals(1, HistoryCsv.read(run.file(RunFolder.HISTORY)).size());

        RunFolder noStopping = stoppedRun("no-early-stopping", TrainingOptions.of(3, 16, 3e-3, 7));
        var none = assertThrows(IllegalArgumentException.class,
                () -> executor().resume(noStopping, new ResumeChanges(null, 5)));
        assertTrue(none.getMessage().contains("this run has none"), none.getMessage());
    }
}
