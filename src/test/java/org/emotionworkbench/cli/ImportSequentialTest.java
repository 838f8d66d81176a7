package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.keras.Hdf5Fixtures;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.emotionworkbench.cli.CliEndToEndTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code import --keras} of a Keras 2 Sequential model (the two real files are functional Models): a small file written
 * here as Keras lays it out, with known weights, becomes a run whose model (a DL4J MultiLayerNetwork) computes what the
 * same layers compute by hand.
 */
class ImportSequentialTest {
    private static final int SIDE = 48;
    private static final int CONV = SIDE - 2;
    private static final int POOLED = CONV / 2;
    private static final int FILTERS = 8;
    private static final int FEATURES = POOLED * POOLED * FILTERS;

    @TempDir
    Path tmp;

    private final float[] convKernel = values(3 * 3 * FILTERS, 0.7f, 1);
    private final float[] convBias = values(FILTERS, 0.1f, 2);
    private final float[] denseKernel = values(FEATURES * 7, 0.05f, 3);
    private final float[] denseBias = values(7, 0.2f, 4);

    /** Deterministic values in [-scale, scale] that differ from weight to weight. */
    private static float[] values(int n, float scale, int seed) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (scale * Math.sin(1.7 * i + 0.3 * seed + 0.01 * i * i % 7));
        }
        return v;
    }

    private static float[] face() {
        float[] x = new float[SIDE * SIDE];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                x[r * SIDE + c] = (float) (0.5 + 0.5 * Math.sin(r * 0.31) * Math.cos(c * 0.17));
            }
        }
        return x;
    }

    /** The Keras model by hand: conv 3x3 valid + relu, max-pool 2x2, flatten (row, column, channel), dense, softmax. */
    private double[] byHand(float[] x, float[] kernel, float[] dense) {
        double[] flat = new double[FEATURES];
        for (int i = 0; i < POOLED; i++) {
            for (int j = 0; j < POOLED; j++) {
                for (int k = 0; k < FILTERS; k++) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int pi = 0; pi < 2; pi++) {
                        for (int pj = 0; pj < 2; pj++) {
                            int r = 2 * i + pi;
                            int c = 2 * j + pj;
                            double s = convBias[k];
                            for (int di = 0; di < 3; di++) {
                                for (int dj = 0; dj < 3; dj++) {
                                    s += x[(r + di) * SIDE + c + dj] * kernel[(di * 3 + dj) * FILTERS + k];
                                }
                            }
                            max = Math.max(max, Math.max(0, s));
                        }
                    }
                    flat[(i * POOLED + j) * FILTERS + k] = max;
                }
            }
        }
        double[] z = new double[7];
        double top = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < 7; o++) {
            z[o] = denseBias[o];
            for (int f = 0; f < FEATURES; f++) {
                z[o] += flat[f] * dense[f * 7 + o];
            }
            top = Math.max(top, z[o]);
        }
        double sum = 0;
        for (int o = 0; o < 7; o++) {
            z[o] = Math.exp(z[o] - top);
            sum += z[o];
        }
        for (int o = 0; o < 7; o++) {
            z[o] /= sum;
        }
        return z;
    }

    private Path imported(String name, float[] kernel) {
        Path h5 = Hdf5Fixtures.sequential(tmp.resolve(name + ".h5"), kernel, convBias, denseKernel, denseBias);
        Path run = tmp.resolve(name);
        CliEndToEndTest.Result r = cli("import", "--keras", h5.toString(), "--out", run.toString(), "--classes", "fer2013");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(Sequential, Keras 2.2.4, tensorflow backend)"), r.out());
        assertTrue(r.out().contains("29,711 parameters"), r.out()); // conv 3*3*8+8, dense 4232*7+7
        return run;
    }

    @Test
    void aSequentialModelImportsAsAMultiLayerNetworkThatComputesWhatKerasWould() throws Exception {
        Path run = imported("seq", convKernel);
        RunConfig config = RunConfig.read(run.resolve("config.json"));
        assertEquals("Sequential", config.imported().modelClass());
        assertFalse(config.imported().graph(), "a Sequential model is stored as a MultiLayerNetwork");
        assertEquals("2.2.4", config.imported().kerasVersion());

        org.emotionworkbench.model.NetworkSummary network = org.emotionworkbench.run.RunNetwork.of(new RunFolder(run))
                .summary(); // what the Model screen shows for it
        assertEquals("(None, 46, 46, 8)", network.layers().get(0).outputShape(), network.render("seq"));
        assertEquals(29_711, network.trainableParams());
        assertTrue(network.frozenLayers().isEmpty());

        float[] x = face();
        try (LoadedModel m = RunModels.load(new RunFolder(run))) {
            assertFalse(m.isGraph());
            assertEquals(48, m.input().height());
            assertEquals(48, m.input().width());
            assertEquals(1, m.input().channels());
            assertTrue(m.input().channelsLast(), "Keras' channels_last as the file declares");
            assertEquals(ClassOrder.FER2013, m.classes());
            assertEquals(29_711, m.parameterCount());

            double[] expected = byHand(x, convKernel, denseKernel);
            float[] p = m.probabilities(x);
            for (int o = 0; o < 7; o++) {
                Emotion e = ClassOrder.FER2013.outputs().get(o);
                assertEquals(expected[o], p[e.ordinal()], 1e-4, "output " + o + " (" + e + ")");
            }
        }
    }

    @Test
    void changingOneWeightInTheFileChangesTheImportedOutputs() throws Exception {
        float[] x = face();
        float[] changed = convKernel.clone();
        changed[4 * FILTERS + 3] += 0.5f; // the centre tap of filter 3
        double[] before = byHand(x, convKernel, denseKernel);
        double[] after = byHand(x, changed, denseKernel);
        float[] p;
        try (LoadedModel m = RunModels.load(new RunFolder(imported("changed", changed)))) {
            p = m.probabilities(x);
        }
        double change = 0;
        for (int o = 0; o < 7; o++) {
            Emotion e = ClassOrder.FER2013.outputs().get(o);
            assertEquals(after[o], p[e.ordinal()], 1e-4, "output " + o + " (" + e + ")");
            change = Math.max(change, Math.abs(after[o] - before[o]));
        }
        assertTrue(change > 1e-3, "one kernel weight moves the probabilities (by " + change + ")");
    }

    @Test
    void gradcamExplainsAnImportedSequentialModelAtItsConvolution() throws Exception {
        Path run = imported("seq-cam", convKernel);
        Path faces = tmp.resolve("faces");
        org.emotionworkbench.sampledata.SampleDataGenerator.generate(faces, 1, 0, 3);
        Path out = tmp.resolve("cam");
        CliEndToEndTest.Result r = cli("gradcam", "--run", run.toString(), "--images", faces.resolve("train").toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("gradcam of layer conv2d_1 for 7 images"), r.out());
        assertEquals(8, java.nio.file.Files.readAllLines(out.resolve("index.csv")).size());
    }

    @Test
    void layersTheKerasFileMarksNonTrainableAreNamedAtImportAndOnTheModelScreen() throws Exception {
        Path h5 = Hdf5Fixtures.sequential(tmp.resolve("frozen.h5"), false, convKernel, convBias, denseKernel, denseBias);
        Path run = tmp.resolve("frozen");
        CliEndToEndTest.Result r = cli("import", "--keras", h5.toString(), "--out", run.toString(), "--classes", "fer2013");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("note: The Keras file marks 1 layer non-trainable (conv2d_1)"), r.out());
        assertEquals(java.util.List.of("conv2d_1"), RunConfig.read(run.resolve("config.json")).imported().kerasNonTrainable());
        org.emotionworkbench.run.RunNetwork network = org.emotionworkbench.run.RunNetwork.of(new RunFolder(run));
        assertTrue(network.origin().contains("marks 1 layer non-trainable (conv2d_1)"), network.origin());
        assertTrue(network.summary().frozenLayers().isEmpty(), "DL4J's importer trains it: the summary says what DL4J does");

        Path plain = imported("plain", convKernel);
        assertTrue(RunConfig.read(plain.resolve("config.json")).imported().kerasNonTrainable().isEmpty());
    }
}
