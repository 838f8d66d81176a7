package org.emotionworkbench.model;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.platform.HostileFileCorpus;
import org.emotionworkbench.platform.HostileObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model-zip gate: what DL4J's ModelSerializer writes opens identically; hostile or broken files are refused. */
class ModelZipTest {
    @TempDir
    Path tmp;

    private static MultiLayerNetwork trainedTiny() {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(3));
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 1, 48, 48);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 4, 7);
        for (int i = 0; i < 4; i++) {
            y.putScalar(i, i, 1);
        }
        net.fit(new DataSet(x, y)); // updater state becomes non-zero
        return net;
    }

    private Path write(org.deeplearning4j.nn.api.Model m, boolean updater) throws IOException {
        Path zip = tmp.resolve("model-" + System.nanoTime() + ".zip");
        ModelSerializer.writeModel(m, zip.toFile(), updater);
        return zip;
    }

    /** A copy of {@code zip} with entries replaced or added. */
    private Path rewrite(Path zip, Map<String, byte[]> changes) throws IOException {
        return Files.write(tmp.resolve("changed-" + System.nanoTime() + ".zip"),
                HostileFileCorpus.rewriteZip(zip, changes));
    }

    @Test
    void aNetworkWrittenByDl4jOpensWithTheSameWeightsUpdaterStateAndOutputs() throws Exception {
        MultiLayerNetwork net = trainedTiny();
        Path zip = write(net, true);
        MultiLayerNetwork viaDl4j = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        MultiLayerNetwork viaGate = ModelZip.readNetwork(zip, true);
        assertEquals(viaDl4j.params(), viaGate.params());
        assertEquals(viaDl4j.getUpdater().getStateViewArray(), viaGate.getUpdater().getStateViewArray());
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 1, 48, 48);
        assertEquals(viaDl4j.output(x, false), viaGate.output(x, false));
        assertTrue(!ModelZip.isGraph(zip));
    }

    @Test
    void aGraphOpensToo() throws Exception {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).graphBuilder().addInputs("in")
                .addLayer("d", new DenseLayer.Builder().nOut(5).build(), "in")
                .addLayer("out", new OutputLayer.Builder().nOut(3).build(), "d").setOutputs("out")
                .setInputTypes(InputType.feedForward(4)).build();
        ComputationGraph g = new ComputationGraph(conf);
        g.init();
        Path zip = write(g, false);
        assertTrue(ModelZip.isGraph(zip));
        ComputationGraph read = ModelZip.readGraph(zip, false);
        assertEquals(g.params(), read.params());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelZip.readNetwork(zip, false));
        assertTrue(e.getMessage().contains("holds a computation graph"), e.getMessage());
    }

    @Test
    void aJavaSerializedPreprocessorEntryIsRefusedBeforeAnythingIsDeserialized() throws Exception {
        Path zip = write(trainedTiny(), false);
        byte[] bomb = HostileObjects.serialized(HostileObjects.hashSetBomb());
        Path hostile = rewrite(zip, Map.of("preprocessor.bin", bomb));
        IllegalArgumentException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThrows(IllegalArgumentException.class, () -> ModelZip.readNetwork(hostile, false)));
        assertTrue(e.getMessage().contains("preprocessor.bin"), e.getMessage());
        assertTrue(e.getMessage().contains("could run code"), e.getMessage());
    }

    @Test
    void coefficientsThatDoNotMatchTheConfigurationAreRefused() throws Exception {
        Path tiny = write(trainedTiny(), false);
        MultiLayerNetwork pisa = NetworkFactory.build(Presets.get("pisa"), NetworkSettings.defaults(1));
        Path big = write(pisa, false);
        byte[] pisaCoefficients;
        try (ZipFile z = new ZipFile(big.toFile())) {
            pisaCoefficients = z.getInputStream(z.getEntry(ModelZip.COEFFICIENTS)).readAllBytes();
        }
        Path mismatch = rewrite(tiny, Map.of(ModelZip.COEFFICIENTS, pisaCoefficients));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelZip.readNetwork(mismatch, false));
        assertTrue(e.getMessage().contains("more than the"), e.getMessage());
    }

    @Test
    void aHeaderClaimingBillionsOfValuesIsRefusedWithoutAllocatingThem() throws Exception {
        MultiLayerNetwork net = trainedTiny();
        Path zip = write(net, false);
        Path hostile = rewrite(zip, Map.of(ModelZip.COEFFICIENTS, HostileFileCorpus.arrayHeaderClaiming(3_000_000_000L)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelZip.readNetwork(hostile, false));
        assertTrue(e.getMessage().contains("holds 3000000000 values"), e.getMessage());
    }

    @Test
    void nanWeightsAreRefused() throws Exception {
        MultiLayerNetwork net = trainedTiny();
        net.params().putScalar(17, Float.NaN);
        Path zip = write(net, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelZip.readNetwork(zip, false));
        assertTrue(e.getMessage().contains("parameter 17"), e.getMessage());
    }

    @Test
    void truncatedAndForeignFilesAreRefusedWithTheReason() throws Exception {
        Path zip = write(trainedTiny(), false);
        byte[] all = Files.readAllBytes(zip);
        Path truncated = Files.write(tmp.resolve("truncated.zip"), java.util.Arrays.copyOf(all, all.length / 2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelZip.readNetwork(truncated, false))
                .getMessage().contains("truncated.zip"));
        Path text = Files.writeString(tmp.resolve("notes.zip"), "not a zip");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelZip.readNetwork(text, false))
                .getMessage().contains("is not a DL4J model zip"));
        Path empty = tmp.resolve("empty.zip");
        try (OutputStream o = Files.newOutputStream(empty); ZipOutputStream zo = new ZipOutputStream(o)) {
            zo.putNextEntry(new ZipEntry(ModelZip.NO_PARAMS));
            zo.closeEntry();
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelZip.readNetwork(empty, false))
                .getMessage().contains("has no configuration.json"));
    }
}
