package org.emotionworkbench.ui.evaluation;

import javafx.scene.image.Image;
import org.emotionworkbench.dataset.DecodeException;
import org.emotionworkbench.dataset.SourcePixels;
import org.emotionworkbench.ui.common.FaceImages;
import org.emotionworkbench.ui.common.UiExecutor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Gallery thumbnails, loaded lazily off the UI thread as the model saw the faces (the engine's 48×48 preprocessing,
 * drawn 2× larger), and kept in a bounded cache. Requests a cell no longer wants are skipped.
 */
public final class ThumbnailLoader implements AutoCloseable {
    /** A thumbnail, or why there is none. */
    public record Thumbnail(Image image, String problem) {
    }

    private static final int CACHE = 3000;
    private final UiExecutor ui;
    private final SourcePixels pixels = new SourcePixels(null);
    private final Map<String, Thumbnail> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Thumbnail> eldest) {
            return size() > CACHE;
        }
    });
    private final ExecutorService workers;

    public ThumbnailLoader(UiExecutor ui) {
        this.ui = ui;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "workbench-thumbnails-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Thumbnail cached(String source) {
        return cache.get(source);
    }

    /** Loads in the background and hands the thumbnail to {@code then} on the UI thread, if still {@code wanted}. */
    public void load(String source, BooleanSupplier wanted, Consumer<Thumbnail> then) {
        Thumbnail known = cache.get(source);
        if (known != null) {
            then.accept(known);
            return;
        }
        try {
            workers.execute(() -> {
                if (!wanted.getAsBoolean()) {
                    return;
                }
                Thumbnail t;
                try {
                    t = new Thumbnail(FaceImages.gray(pixels.load(source), 2), null);
                } catch (DecodeException | RuntimeException e) {
                    t = new Thumbnail(null, e.getMessage());
                }
                cache.put(source, t);
                Thumbnail done = t;
                ui.execute(() -> then.accept(done));
            });
        } catch (RejectedExecutionException closed) {
            // the workbench is closing
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
