package org.emotionworkbench.ui.explain;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Loaded models, one per run, so switching faces or settings does not reload {@code model.zip}. Holds at most
 * {@code capacity} (least recently used closed first); a run whose model file changed is reloaded and the old one
 * closed; {@link #close()} closes all. Closing is deterministic: native memory is freed when a model leaves.
 */
public final class ModelCache<T extends AutoCloseable> implements AutoCloseable {
    /** Loads the model of a run folder. */
    @FunctionalInterface
    public interface Opener<T> {
        T open(Path runDir) throws Exception;
    }

    private record Entry<T>(T model, long version) {
    }

    private final int capacity;
    private final Opener<T> opener;
    private final ToLongFunction<Path> version;
    private final LinkedHashMap<Path, Entry<T>> models = new LinkedHashMap<>(8, 0.75f, true);
    private boolean closed;

    public ModelCache(int capacity, Opener<T> opener, ToLongFunction<Path> version) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.opener = opener;
        this.version = version;
    }

    /** The run's model, loaded now if it is not held (or changed on disk). Safe from any thread. */
    public synchronized T get(Path runDir) throws Exception {
        if (closed) {
            throw new IllegalStateException("the workbench is closing");
        }
        Path key = runDir.toAbsolutePath().normalize();
        long v = version.applyAsLong(key);
        Entry<T> e = models.get(key);
        if (e != null && e.version() == v) {
            return e.model();
        }
        if (e != null) {
            models.remove(key);
            closeQuietly(e.model());
        }
        T model = opener.open(key);
        models.put(key, new Entry<>(model, v));
        Iterator<Map.Entry<Path, Entry<T>>> it = models.entrySet().iterator();
        while (models.size() > capacity && it.hasNext()) {
            Map.Entry<Path, Entry<T>> eldest = it.next();
            if (!eldest.getKey().equals(key)) {
                it.remove();
                closeQuietly(eldest.getValue().model());
            }
        }
        return model;
    }

    public synchronized boolean isLoaded(Path runDir) {
        return models.containsKey(runDir.toAbsolutePath().normalize());
    }

    public synchronized int size() {
        return models.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        models.values().forEach(e -> closeQuietly(e.model()));
        models.clear();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ex) {
            System.err.println("[workbench] closing a model: " + ex.getMessage());
        }
    }
}
