package org.emotionworkbench.cli;

import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.run.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.emotionworkbench.cli.CliEndToEndTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import --keras} as a researcher runs it, on the real mini-Xception, then {@code evaluate} on the imported run. */
class ImportCommandTest {
    static final String MINI = "../shared/models/keras/fer2013_mini_XCEPTION.00-0.47.hdf5";

    @TempDir
    Path tmp;

    @Test
    void anImportedRunIsEvaluatedLikeATrainedOne() throws Exception {
        Path run = tmp.resolve("mini");
        CliEndToEndTest.Result imported = cli("import", "--keras", MINI, "--out", run.toString(),
                "--classes", "fer2013", "--pixel-range", "-1,1");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("58,423 parameters"), imported.out());
        assertTrue(imported.out().contains("outputs: angry, disgust, fear, happy, sad, surprise, neutral"), imported.out());
        RunConfig config = RunConfig.read(run.resolve("config.json"));
        assertTrue(config.wasImported());
        assertEquals("fer2013_mini_XCEPTION.00-0.47.hdf5", config.imported().sourceFile());
        assertEquals("2.0.5", config.imported().kerasVersion());
        assertEquals(64, config.imported().input().height());
        assertTrue(Files.isRegularFile(run.resolve("model.zip")));

        Path faces = ferSubset(tmp.resolve("fer-subset"), 30);
        Path out = run.resolve("evaluations/fer-subset"); // the default place
        CliEndToEndTest.Result evaluated = cli("evaluate", "--run", run.toString(), "--data", faces.toString(),
                "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, evaluated.code(), evaluated.err());
        ClassificationReport report = ClassificationReport.fromJson(Files.readString(out.resolve("report.json")));
        assertEquals(210, report.totalSupport());
        // 0.47 on all 7,178 test faces; on 210 of them well above chance (1/7) unless order or scaling were wrong
        assertTrue(report.accuracy() > 0.3, "accuracy " + report.accuracy());

        CliEndToEndTest.Result compared = cli("compare", out.toString());
        assertEquals(0, compared.code(), compared.err());
        assertTrue(compared.out().contains("fer2013_mini_XCEPTION (Keras)"), compared.out());
        assertTrue(compared.out().contains("trained on elsewhere (imported)"), compared.out());
    }

    @Test
    void evaluationsOfTwoRunsOnTheSameSetAreToldApartInAComparison() throws Exception {
        Path faces = ferSubset(tmp.resolve("faces"), 3);
        for (String name : new String[]{"a", "b"}) {
            assertEquals(0, cli("import", "--keras", MINI, "--out", tmp.resolve(name).toString(), "--classes", "fer2013",
                    "--pixel-range", name.equals("a") ? "-1,1" : "0,1").code());
            assertEquals(0, cli("evaluate", "--run", tmp.resolve(name).toString(), "--data", faces.toString(),
                    "--cache-dir", tmp.resolve("cache").toString()).code());
        }
        CliEndToEndTest.Result compared = cli("compare", tmp.resolve("a/evaluations/faces").toString(),
                tmp.resolve("b/evaluations/faces").toString());
        assertEquals(0, compared.code(), compared.err());
        assertTrue(compared.out().contains("McNemar a/faces vs b/faces"), compared.out());
        assertTrue(compared.out().contains("a/faces: trained on elsewhere (imported), evaluated on faces"), compared.out());
    }

    /** The first {@code perClass} FER2013 test faces of each class (sorted by name), copied into {@code dir}. */
    static Path ferSubset(Path dir, int perClass) throws Exception {
        Path test = Path.of("../shared/datasets/fer2013/test");
        try (var classes = Files.list(test)) {
            for (Path c : classes.filter(Files::isDirectory).toList()) {
                Path target = Files.createDirectories(dir.resolve(c.getFileName().toString()));
                try (var files = Files.list(c)) {
                    for (Path f : files.sorted().limit(perClass).toList()) {
                        Files.copy(f, target.resolve(f.getFileName().toString()));
                    }
                }
            }
        }
        return dir;
    }

    @Test
    void withoutAClassOrderNothingIsWrittenAndTheReasonIsOneLine() {
        Path run = tmp.resolve("refused");
        CliEndToEndTest.Result r = cli("import", "--keras", MINI, "--out", run.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: fer2013_mini_XCEPTION.00-0.47.hdf5 has 7 outputs"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(run), "no run folder for a refused import");
    }

    @Test
    void anHdf5FileFarLargerThanItsWeightsIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path padded = Files.copy(Path.of(MINI), tmp.resolve("padded.hdf5"));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(padded.toFile(), "rw")) {
            f.setLength(f.length() + (64L << 20)); // sparse: no disk used
        }
        Path run = tmp.resolve("padded-run");
        CliEndToEndTest.Result r = cli("import", "--keras", padded.toString(), "--out", run.toString(),
                "--classes", "fer2013");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: padded.hdf5 is 68.0 MB, far more than the 0.2 MB of weights its model "
                + "configuration declares"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(run), "no run folder for a refused import");
    }

    @Test
    void anUnknownPixelRangeIsAUserError() {
        CliEndToEndTest.Result r = cli("import", "--keras", MINI, "--out", tmp.resolve("x").toString(),
                "--classes", "fer2013", "--pixel-range", "0,255");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown pixel range"), r.err());
    }
}
