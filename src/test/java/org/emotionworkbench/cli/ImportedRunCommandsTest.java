package org.emotionworkbench.cli;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.evaluation.Prediction;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Presets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heatmap and labelling commands on a run imported from the real FER2013 mini-Xception (a Keras graph, 64×64
 * channels last, FER2013 class order), with a few FER2013 test faces.
 */
class ImportedRunCommandsTest {
    private static final Path SHARED = Path.of("../shared").toAbsolutePath().normalize();
    private static final Path MINI = SHARED.resolve("models/keras/fer2013_mini_XCEPTION.00-0.47.hdf5");
    private static final Path FER_TEST = SHARED.resolve("datasets/fer2013/test");

    @TempDir
    static Path dir;
    static Path imported;
    static Path faces;

    @BeforeAll
    static void importTheModelAndCopyAFewFaces() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(MINI) && Files.isDirectory(FER_TEST), "../shared is absent");
        imported = dir.resolve("mini");
        String[] r = run("import", "--keras", MINI.toString(), "--out", imported.toString(), "--classes", "fer2013",
                "--pixel-range", "-1,1");
        assertEquals("0", r[0], r[2]);
        faces = dir.resolve("faces");
        for (String cls : new String[]{"happy", "neutral"}) {
            Path d = Files.createDirectories(faces.resolve(cls));
            try (Stream<Path> s = Files.list(FER_TEST.resolve(cls))) {
                for (Path f : s.sorted().limit(2).toList()) {
                    Files.copy(f, d.resolve(f.getFileName()));
                }
            }
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[]{Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void gradcamOnAnImportedRunExplainsTheTrueClassOfEachFace() throws Exception {
        Path out = dir.resolve("gc");
        String[] r = run("gradcam", "--run", imported.toString(), "--images", faces.toString(), "--class", "true",
                "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("gradcam of layer conv2d_7 for 4 images"), r[1]);
        List<String> index = Files.readAllLines(out.resolve("index.csv"));
        assertEquals(5, index.size());
        for (String row : index.subList(1, 5)) {
            String[] f = row.split(",");
            assertEquals(f[1], f[2], "the true class is explained: " + row);
            double p = Double.parseDouble(f[4]);
            assertTrue(p > 0 && p < 1 && Double.isFinite(Double.parseDouble(f[5])), row);
        }
        String name = index.get(1).split(",")[0];
        List<String> rows = Files.readAllLines(out.resolve(name + ".csv"));
        assertEquals(ImageGeometry.SIDE, rows.size());
        Set<String> values = new HashSet<>();
        for (String row : rows) {
            String[] v = row.split(",");
            assertEquals(ImageGeometry.SIDE, v.length);
            for (String s : v) {
                double d = Double.parseDouble(s);
                assertTrue(d >= 0 && d <= 1, s);
                values.add(s);
            }
        }
        assertTrue(values.size() > 10, "a heatmap, not a constant");
        assertTrue(Files.exists(out.resolve("means").resolve("class_neutral.png")));
    }

    @Test
    void gradcamAtAResidualAddExplainsThePredictedClass() throws Exception {
        Path out = dir.resolve("add");
        String[] r = run("gradcam", "--run", imported.toString(), "--images", faces.resolve("happy").toString(),
                "--layer", "add_4", "--method", "gradcam++", "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        for (String row : Files.readAllLines(out.resolve("index.csv")).subList(1, 3)) {
            String[] f = row.split(",");
            assertEquals(f[1], f[3], "the predicted class is explained: " + row);
        }
        String[] bad = run("gradcam", "--run", imported.toString(), "--images", faces.toString(), "--layer", "dense",
                "--out", dir.resolve("bad").toString());
        assertEquals("2", bad[0]);
        assertTrue(bad[2].contains("no convolution layer named 'dense'") && bad[2].contains("add_4"), bad[2]);
    }

    @Test
    void misclassifiedCompareAndLabelWorkOnAnImportedRun() throws Exception {
        Path happy = faces.resolve("happy");
        List<Path> files;
        try (Stream<Path> s = Files.list(happy)) {
            files = s.sorted().toList();
        }
        float[] p = {0.1f, 0f, 0.1f, 0.2f, 0.5f, 0.1f, 0f};
        Path csv = dir.resolve("preds.csv");
        PredictionsCsv.write(csv, List.of(Prediction.of(files.get(0).toString(), Emotion.HAPPY, Emotion.NEUTRAL, p)));
        String[] r = run("misclassified", "--run", imported.toString(), "--predictions", csv.toString(),
                "--true", "happy", "--predicted", "neutral", "--out", dir.resolve("mis").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(Files.exists(dir.resolve("mis").resolve("happy_as_neutral.png")));

        // an imported graph against one of the workbench's own networks, on the same faces
        Path own = Files.createDirectories(dir.resolve("own"));
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(3));
        ModelSerializer.writeModel(net, own.resolve("model.zip").toFile(), false);
        net.close();
        Files.writeString(own.resolve("config.json"), "{}");
        Path cmp = dir.resolve("cmp");
        r = run("gradcam-compare", "--run-a", imported.toString(), "--run-b", own.toString(), "--images",
                faces.toString(), "--out", cmp.toString());
        assertEquals("0", r[0], r[2]);
        List<String> index = Files.readAllLines(cmp.resolve("index.csv"));
        assertEquals(5, index.size());
        assertTrue(index.get(1).split(",")[1].equals("happy"), index.get(1));

        Path labels = dir.resolve("labels.csv");
        r = run("dataset", "label", "--images", happy.toString(), "--run", imported.toString(), "--out", labels.toString(),
                "--cache-dir", dir.resolve("cache").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("labelled 2 images"), r[1]);
    }
}
