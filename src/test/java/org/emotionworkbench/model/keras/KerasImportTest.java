package org.emotionworkbench.model.keras;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.PixelScaling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import of the two real Keras files in ../shared/models/keras, and every refusal, each with its one-line reason. */
class KerasImportTest {
    static final Path KERAS = Path.of("../shared/models/keras");
    static final Path MINI = KERAS.resolve("fer2013_mini_XCEPTION.00-0.47.hdf5");
    static final Path KDEF = KERAS.resolve("tiny_XCEPTION_KDEF.hdf5");

    @TempDir
    Path tmp;

    private static KerasImport.Options fer(PixelScaling s) {
        return new KerasImport.Options(ClassOrder.FER2013, s, null);
    }

    @Test
    void theFileDescribesItselfWithoutBeingImported() throws Exception {
        KerasFileInfo info = KerasFileInfo.read(MINI);
        assertEquals("Model", info.modelClass());
        assertEquals("2.0.5", info.kerasVersion());
        assertEquals("tensorflow", info.backend());
        assertEquals(64, info.height());
        assertEquals(64, info.width());
        assertEquals(1, info.channels());
        assertTrue(info.channelsLast());
        assertTrue(info.layerClasses().contains("SeparableConv2D"));
        assertEquals(64, info.sha256().length());
    }

    @Test
    void theMiniXceptionImportsAsAGraphWithItsDeclaredInputAndTheGivenOrder() throws Exception {
        KerasImport.Imported imported = KerasImport.read(MINI, fer(PixelScaling.SYMMETRIC));
        try (LoadedModel m = imported.model()) {
            assertTrue(m.isGraph());
            assertEquals(58_423, m.parameterCount());
            assertEquals(64, m.input().height());
            assertTrue(m.input().channelsLast());
            assertEquals(Emotion.NEUTRAL, m.classes().outputs().get(6));
            assertEquals(8, imported.separableSplit(), "its 8 separable convolutions split into depthwise + 1x1");
            float[] face = new float[48 * 48];
            java.util.Arrays.fill(face, 0.5f);
            float[] p = m.probabilities(face);
            double sum = 0;
            for (float v : p) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-4, "seven probabilities in canonical order");
        }
    }

    @Test
    void theKdefModelImportsWithKdefsOrder() throws Exception {
        try (LoadedModel m = KerasImport.read(KDEF, new KerasImport.Options(ClassOrder.parse("kdef"),
                PixelScaling.SYMMETRIC, null)).model()) {
            assertEquals(7, m.classes().size());
            assertEquals(ClassOrder.FER2013, m.classes());
        }
    }

    @Test
    void aSevenOutputModelWithoutAClassOrderIsRefusedWithTheReason() {
        KerasImportException e = assertThrows(KerasImportException.class,
                () -> KerasImport.read(MINI, new KerasImport.Options(null, PixelScaling.SYMMETRIC, null)));
        assertTrue(e.getMessage().contains("7 outputs"), e.getMessage());
        assertTrue(e.getMessage().contains("neutral last"), e.getMessage());
        assertTrue(e.getMessage().contains("--classes fer2013"), e.getMessage());
    }

    @Test
    void aClassListOfTheWrongLengthIsRefused() {
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImport.read(MINI,
                new KerasImport.Options(ClassOrder.parse("angry,happy,sad"), PixelScaling.SYMMETRIC, null)));
        assertTrue(e.getMessage().contains("has 7 outputs, but the class list names 3"), e.getMessage());
    }

    @Test
    void anInputSizeThatContradictsTheFileIsRefused() {
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImport.read(MINI,
                new KerasImport.Options(ClassOrder.FER2013, PixelScaling.SYMMETRIC, new int[]{48, 48, 1})));
        assertTrue(e.getMessage().contains("declares an input of 64x64x1"), e.getMessage());
    }

    @Test
    void aFileThatIsNotHdf5IsRefused() throws Exception {
        Path text = Files.writeString(tmp.resolve("model.h5"), "this is not a model\n");
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImport.read(text, fer(PixelScaling.UNIT)));
        assertTrue(e.getMessage().contains("is not an HDF5 file"), e.getMessage());
    }

    @Test
    void anHdf5FileWithoutAModelConfigIsRefused() {
        Path h5 = Hdf5Fixtures.withRootAttributes(tmp.resolve("data.h5"), Map.of("note", "just data"));
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImport.read(h5, fer(PixelScaling.UNIT)));
        assertTrue(e.getMessage().contains("no Keras model configuration"), e.getMessage());
    }

    @Test
    void aWeightsOnlyFileIsRefusedAsSuch() {
        Path h5 = Hdf5Fixtures.withRootAttributes(tmp.resolve("weights.h5"), Map.of("layer_names", "conv2d_1"));
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImport.read(h5, fer(PixelScaling.UNIT)));
        assertTrue(e.getMessage().contains("weights only"), e.getMessage());
    }

    @Test
    void aLayerDl4jCannotImportIsNamedWithTheDl4jVersion() {
        Path h5 = Hdf5Fixtures.withRootAttributes(tmp.resolve("lambda.h5"), Map.of(
                "model_config", Hdf5Fixtures.modelConfigWith("Lambda"), "keras_version", "2.2.4", "backend", "tensorflow"));
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImport.read(h5, fer(PixelScaling.UNIT)));
        assertTrue(e.getMessage().contains("DL4J 1.0.0-M2.1 cannot import"), e.getMessage());
        assertTrue(e.getMessage().contains("Lambda"), e.getMessage());
    }

    @Test
    void aModelConfigWithoutKerasVersionIsRefusedAsNotWrittenByKeras() {
        Path h5 = Hdf5Fixtures.withRootAttributes(tmp.resolve("hand.h5"), Map.of(
                "model_config", Hdf5Fixtures.modelConfigWith("Dense")));
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImport.read(h5, fer(PixelScaling.UNIT)));
        assertTrue(e.getMessage().contains("no 'keras_version'"), e.getMessage());
    }

    @Test
    void aMissingFileIsRefused() {
        KerasImportException e = assertThrows(KerasImportException.class,
                () -> KerasImport.read(tmp.resolve("nope.h5"), fer(PixelScaling.UNIT)));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
