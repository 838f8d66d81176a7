package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.DecodeException;
import org.emotionworkbench.dataset.ImagePreprocessor;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.model.keras.KerasImportException;
import org.junit.jupiter.api.Assumptions;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Keras models of ../shared/models/keras, imported once per test JVM (a few seconds each), and FER2013 test
 * faces. Tests that use them are skipped where ../shared is absent.
 */
final class ImportedModels {
    static final Path SHARED = Path.of("../shared").toAbsolutePath().normalize();
    static final Path MINI_XCEPTION = SHARED.resolve("models/keras/fer2013_mini_XCEPTION.00-0.47.hdf5");
    static final Path FER_TEST = SHARED.resolve("datasets/fer2013/test");

    private static LoadedModel miniXception;
    private static LoadedModel miniXceptionDouble;

    private ImportedModels() {
    }

    /** The FER2013 mini-Xception (64×64×1 channels last, pixels in [-1, 1], FER2013 class order); do not close it. */
    static synchronized LoadedModel miniXception() {
        Assumptions.assumeTrue(Files.isRegularFile(MINI_XCEPTION), MINI_XCEPTION + " is absent");
        if (miniXception == null) {
            try {
                miniXception = KerasImport.read(MINI_XCEPTION,
                        new KerasImport.Options(ClassOrder.FER2013, PixelScaling.SYMMETRIC, null)).model();
            } catch (KerasImportException e) {
                throw new AssertionError(e);
            }
        }
        return miniXception;
    }

    /** The same model with double-precision weights (for finite differences); do not close it. */
    static synchronized LoadedModel miniXceptionDouble() {
        if (miniXceptionDouble == null) {
            LoadedModel m = miniXception();
            miniXceptionDouble = LoadedModel.of(m.graph().convertDataType(DataType.DOUBLE), m.input(), m.classes());
        }
        return miniXceptionDouble;
    }

    /** The first {@code count} FER2013 test faces of a class folder, name order. */
    static List<float[]> ferFaces(String label, int count) {
        Path dir = FER_TEST.resolve(label);
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " is absent");
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().limit(count).map(p -> {
                try {
                    return ImagePreprocessor.load(p);
                } catch (DecodeException e) {
                    throw new AssertionError(p + ": " + e.getMessage(), e);
                }
            }).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
