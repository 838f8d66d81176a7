package org.emotionworkbench.ui.datasets;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders a node to a PNG (on the FX thread, whichever thread calls), to look at a screen. */
final class Screenshots {
    private Screenshots() {
    }

    static void save(Node node, Path file) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(20_000, () -> save(node, file));
            return;
        }
        WritableImage img = node.snapshot(null, null);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
