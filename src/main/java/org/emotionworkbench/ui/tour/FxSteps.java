package org.emotionworkbench.ui.tour;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Drives a running window from another thread: do things on the FX thread, wait for states, take snapshots. */
final class FxSteps {
    private final Scene scene;

    FxSteps(Scene scene) {
        this.scene = scene;
    }

    Scene scene() {
        return scene;
    }

    /** Runs on the FX thread and waits for it (rethrowing its failure). */
    static <T> T onFx(Supplier<T> action) {
        if (Platform.isFxApplicationThread()) {
            return action.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(action.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX step failed: " + e.getMessage(), e);
        }
    }

    static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds, or fails after {@code seconds}. */
    static void waitUntil(String what, double seconds, BooleanSupplier condition) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s waiting for " + what);
            }
            sleep(100);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A node of the scene by CSS selector (e.g. {@code "#start-training"}). */
    <T extends Node> Optional<T> lookup(String selector, Class<T> type) {
        return onFx(() -> Optional.ofNullable(scene.getRoot().lookup(selector)).filter(type::isInstance).map(type::cast));
    }

    <T extends Node> T find(String selector, Class<T> type) {
        return lookup(selector, type).orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName()
                + " " + selector + " on screen"));
    }

    /** Lets layout and rendering settle for a few pulses, then writes the whole window to a PNG. */
    void snapshot(Path file) throws IOException {
        sleep(600);
        WritableImage image = onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        System.out.println("wrote " + file);
    }
}
