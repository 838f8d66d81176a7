package org.emotionworkbench.ui.common;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * "Save as PNG…" on a chart or the confusion matrix: a right click offers it, and the node is written as it is on
 * screen at twice its size (sharp on a slide), on white. JavaFX has no vector export of its charts, so there is no SVG.
 */
public final class NodeExport {
    /** Pixels per screen pixel in the written image. */
    public static final double SCALE = 2;

    private NodeExport() {
    }

    /** Adds the context menu; a failed write is shown in an error dialog. */
    public static void install(Node node, String name) {
        install(node, name, (what, t) -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    what + ": " + ErrorLog.describe(t));
            a.setHeaderText("Could not save the image");
            a.show();
        });
    }

    /**
     * Adds the context menu to {@code node}.
     *
     * @param name   the file name offered, without extension (e.g. "confusion-matrix")
     * @param errors where a failed write is reported (what, exception)
     */
    public static void install(Node node, String name, BiConsumer<String, Throwable> errors) {
        MenuItem save = new MenuItem("Save as PNG…");
        save.setId("save-png");
        ContextMenu menu = new ContextMenu(save);
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save " + name + " as PNG");
            chooser.setInitialFileName(name + ".png");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File f = chooser.showSaveDialog(node.getScene().getWindow());
            if (f == null) {
                return;
            }
            Path target = f.getName().toLowerCase().endsWith(".png") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".png");
            try {
                writePng(node, target);
            } catch (IOException | RuntimeException ex) {
                errors.accept("Saving " + target, ex);
            }
        });
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
    }

    /** Writes the node as it is drawn now (on the FX thread), {@value #SCALE}× its size, on white. */
    public static Path writePng(Node node, Path target) throws IOException {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(Transform.scale(SCALE, SCALE));
        WritableImage image = node.snapshot(p, null);
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", abs.toFile())) {
            throw new IOException("no PNG writer");
        }
        return abs;
    }
}
