package org.emotionworkbench.ui;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's icons come from the top-level assets/ (on the classpath through the pom), one PNG a size. */
class AppIconTest {
    @Test
    void everyIconSizeIsOnTheClasspathAtItsSize() throws Exception {
        for (int size : WorkbenchApp.ICON_SIZES) {
            try (InputStream in = WorkbenchApp.class.getResourceAsStream(WorkbenchApp.iconResource(size))) {
                assertNotNull(in, WorkbenchApp.iconResource(size));
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth(), WorkbenchApp.iconResource(size));
                assertEquals(size, image.getHeight(), WorkbenchApp.iconResource(size));
                assertTrue(image.getColorModel().hasAlpha(), "rounded corners need transparency");
            }
        }
    }

    @Test
    void theInstallersIconsAndTheVectorSourceAreInAssets() {
        for (String f : new String[]{"emotion-workbench.svg", "emotion-workbench.ico", "emotion-workbench.icns",
                "emotion-workbench-256.png"}) {
            assertTrue(Files.isRegularFile(Path.of("assets", "icons", f)), f);
        }
    }
}
