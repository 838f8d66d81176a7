package org.emotionworkbench.model.keras;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.PixelScaling;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Keras model imported once, previewed at two scalings, then labelled: on the real KDEF tiny-Xception. */
class ImportCandidateTest {
    static final Path KDEF = Path.of("../shared/models/keras/tiny_XCEPTION_KDEF.hdf5");

    @Test
    void predictsAtAnyScalingAndIsHandedOverOnceTheClassOrderIsKnown() throws Exception {
        List<Sample> faces = new ArrayList<>();
        Random r = new Random(1);
        for (int i = 0; i < 40; i++) { // more than one batch
            float[] p = new float[ImageGeometry.PIXELS];
            for (int k = 0; k < p.length; k++) {
                p[k] = r.nextFloat();
            }
            faces.add(new Sample("f" + i, Emotion.values()[i % 7], p));
        }
        try (ImportCandidate c = ImportCandidate.read(KDEF, null)) {
            assertEquals(7, c.outputCount());
            assertEquals("tiny_XCEPTION_KDEF.hdf5", c.source().fileName());
            assertTrue(c.layerCount() > 10);
            assertEquals(18_314, c.parameterCount());
            float[][] unit = c.predict(faces, PixelScaling.UNIT);
            float[][] symmetric = c.predict(faces, PixelScaling.SYMMETRIC);
            assertEquals(40, unit.length);
            assertEquals(7, unit[39].length);
            float sum = 0;
            for (float v : symmetric[0]) {
                sum += v;
            }
            assertEquals(1f, sum, 1e-3f, "softmax outputs");
            assertNotEquals(unit[0][0], symmetric[0][0], "the scaling changes what the model sees");

            KerasImportException missing = assertThrows(KerasImportException.class, () -> c.label(null, PixelScaling.SYMMETRIC));
            assertTrue(missing.getMessage().contains("has 7 outputs"), missing.getMessage());
            assertThrows(KerasImportException.class, () -> c.label(ClassOrder.parse("angry,happy"), PixelScaling.SYMMETRIC));
            assertTrue(c.isOpen(), "a refused order leaves the candidate usable");

            KerasImport.Imported imported = c.label(ClassOrder.FER2013, PixelScaling.SYMMETRIC);
            assertFalse(c.isOpen(), "handed over");
            try (var model = imported.model()) {
                assertEquals(ClassOrder.FER2013, model.classes());
                assertArrayEquals(ClassOrder.FER2013.toCanonical(symmetric[3]), model.probabilities(faces.get(3).pixels()), 1e-5f,
                        "the labelled model gives the candidate's outputs in canonical order");
            }
        }
    }

    @Test
    void aFileThatIsNotHdf5IsRefusedWithTheEnginesMessage() throws Exception {
        Path notH5 = Path.of("pom.xml");
        KerasImportException e = assertThrows(KerasImportException.class, () -> ImportCandidate.read(notH5, null));
        assertTrue(e.getMessage().startsWith("pom.xml is not an HDF5 file"), e.getMessage());
    }
}
