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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gradcam and misclassified commands end to end on an untrained tiny model and a few generated images. */
class ExplainCommandsTest {
    @TempDir
    static Path dir;
    static Path run;
    static Path images;

    @BeforeAll
    static void makeRunAndImages() throws Exception {
        run = Files.createDirectories(dir.resolve("run"));
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(3));
        ModelSerializer.writeModel(net, run.resolve("model.zip").toFile(), false);
        net.close();
        Files.writeString(run.resolve("config.json"), "{}");
        images = dir.resolve("images");
        Random rng = new Random(1);
        for (String cls : new String[]{"sad", "happy"}) {
            Path d = Files.createDirectories(images.resolve(cls));
            for (int i = 0; i < 3; i++) {
                BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < 64; y++) {
                    for (int x = 0; x < 64; x++) {
                        int v = rng.nextInt(256);
                        img.getRaster().setSample(x, y, 0, v);
                    }
                }
                ImageIO.write(img, "png", d.resolve("face" + i + ".png").toFile());
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
    void gradcamWritesOverlayHeatmapCsvIndexAndMeans() throws Exception {
        Path out = dir.resolve("gc");
        String[] r = run("gradcam", "--run", run.toString(), "--images", images.toString(), "--class", "true",
                "--colormap", "viridis", "--opacity", "0.4", "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        List<String> index = Files.readAllLines(out.resolve("index.csv"));
        assertEquals("image,class,true,predicted,probability,trust", index.get(0));
        assertEquals(7, index.size());
        assertTrue(index.contains(index.stream().filter(l -> l.startsWith("sad_face0,sad,sad,")).findFirst().orElseThrow()));
        List<String> rows = Files.readAllLines(out.resolve("happy_face2.csv"));
        assertEquals(48, rows.size());
        for (String row : rows) {
            String[] v = row.split(",");
            assertEquals(48, v.length);
            for (String s : v) {
                double d = Double.parseDouble(s);
                assertTrue(d >= 0 && d <= 1, s);
            }
        }
        assertEquals(4 * ImageGeometry.SIDE, ImageIO.read(out.resolve("happy_face2.png").toFile()).getWidth());
        assertTrue(Files.exists(out.resolve("means").resolve("class_sad.png")));
        assertTrue(Files.exists(out.resolve("means").resolve("class_happy.csv")));
    }

    @Test
    void gradcamOnOneFileWithANamedClassLeavesTrueEmpty() throws Exception {
        Path out = dir.resolve("one");
        String[] r = run("gradcam", "--run", run.toString(), "--images", images.resolve("sad").resolve("face1.png").toString(),
                "--class", "fear", "--method", "gradcam++", "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        List<String> index = Files.readAllLines(out.resolve("index.csv"));
        assertTrue(index.get(1).startsWith("face1,fear,,"), index.get(1));
    }

    @Test
    void unknownLayerAndTrueClassWithoutLabelsAreOneLineUserErrors() {
        String[] r = run("gradcam", "--run", run.toString(), "--images", images.toString(), "--layer", "dense",
                "--out", dir.resolve("x").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("no convolution layer named 'dense'; convolution layers: conv2d, conv2d_1"), r[2]);
        String[] r2 = run("gradcam", "--run", run.toString(), "--images", images.resolve("sad").toString(),
                "--class", "true", "--out", dir.resolve("y").toString());
        assertEquals("2", r2[0]);
        assertTrue(r2[2].startsWith("error: --class true needs true classes"), r2[2]);
    }

    @Test
    void misclassifiedWritesAContactSheetOfTheCellMostConfidentFirst() throws Exception {
        float[] low = {0.1f, 0.1f, 0.1f, 0.1f, 0.4f, 0.2f, 0f};
        float[] high = {0f, 0f, 0f, 0f, 0.9f, 0.1f, 0f};
        Path csv = dir.resolve("preds.csv");
        PredictionsCsv.write(csv, List.of(
                Prediction.of(images.resolve("sad/face0.png").toString(), Emotion.SAD, Emotion.NEUTRAL, low),
                Prediction.of(images.resolve("sad/face1.png").toString(), Emotion.SAD, Emotion.NEUTRAL, high),
                Prediction.of(images.resolve("happy/face1.png").toString(), Emotion.HAPPY, Emotion.NEUTRAL, high)));
        Path out = dir.resolve("mis");
        String[] r = run("misclassified", "--run", run.toString(), "--predictions", csv.toString(),
                "--true", "sad", "--predicted", "neutral", "--top", "5", "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("2 images are sad predicted as neutral"), r[1]);
        String html = Files.readString(out.resolve("sad_as_neutral.html"));
        assertTrue(html.indexOf("face1.png") < html.indexOf("face0.png"), "most confident first");
        assertEquals(6, html.split("<img ", -1).length - 1);
        assertTrue(ImageIO.read(out.resolve("sad_as_neutral.png").toFile()).getHeight() > 2 * 4 * ImageGeometry.SIDE);
    }
}
