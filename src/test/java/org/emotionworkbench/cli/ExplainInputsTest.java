package org.emotionworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainInputsTest {
    @TempDir
    Path tmp;

    private static void tiff(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_BYTE_GRAY), "tiff", file.toFile()));
    }

    @Test
    void tiffFacesInClassFoldersAreExplainedWithTheirFolderClass() throws IOException {
        tiff(tmp.resolve("fear/KA.FE1.tiff"));
        tiff(tmp.resolve("fear/KA.FE2.TIF"));
        Files.writeString(tmp.resolve("fear/notes.txt"), "not a face");

        List<ExplainInputs.Input> inputs = ExplainInputs.list(tmp);

        assertEquals(List.of("fear_KA.FE1", "fear_KA.FE2"), inputs.stream().map(ExplainInputs.Input::name).toList());
        assertTrue(inputs.stream().allMatch(i -> i.trueLabel() == Emotion.FEAR));
    }

    @Test
    void aFolderWithoutImagesNamesTheAcceptedExtensions() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "not a face");

        UserError e = assertThrows(UserError.class, () -> ExplainInputs.list(tmp));

        assertTrue(e.getMessage().startsWith("no images (bmp, gif, jpeg, jpg, png, tif, tiff"), e.getMessage());
    }
}
