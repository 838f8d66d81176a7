package org.emotionworkbench.dataset;

import java.nio.file.Path;

/**
 * How {@link DatasetLoader} loads a dataset.
 *
 * @param cacheDir where preprocessed pixels are cached; {@code null} means the default: system property
 *                 {@value #CACHE_PROPERTY} if set, else {@code ~/.cache/emotion-workbench}
 * @param noCache  neither read nor write the disk cache
 * @param threads  decoding threads; 0 means one per available processor
 * @param budget   how many images a load may hold, checked before decoding; {@code null} means
 *                 {@link LoadBudget#forThisJvm()}
 */
public record LoadOptions(Path cacheDir, boolean noCache, int threads, LoadBudget budget) {
    public static final String CACHE_PROPERTY = "emotionworkbench.cache";

    public LoadOptions {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0 = one per processor), got " + threads);
        }
        if (threads > 1024) {
            throw new IllegalArgumentException("threads must be <= 1024, got " + threads);
        }
    }

    public LoadOptions(Path cacheDir, boolean noCache, int threads) {
        this(cacheDir, noCache, threads, null);
    }

    /** Default cache location, all processors. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, false, 0);
    }

    public LoadOptions withCacheDir(Path dir) {
        return new LoadOptions(dir, noCache, threads, budget);
    }

    public LoadOptions withoutCache() {
        return new LoadOptions(cacheDir, true, threads, budget);
    }

    public LoadOptions withThreads(int n) {
        return new LoadOptions(cacheDir, noCache, n, budget);
    }

    public LoadOptions withBudget(LoadBudget b) {
        return new LoadOptions(cacheDir, noCache, threads, b);
    }

    /** The budget this load is checked against (the given one, else this JVM's). */
    public LoadBudget resolvedBudget() {
        return budget != null ? budget : LoadBudget.forThisJvm();
    }

    /** The cache folder this load uses (explicit, else the system property, else ~/.cache/emotion-workbench). */
    public Path resolvedCacheDir() {
        if (cacheDir != null) {
            return cacheDir;
        }
        String prop = System.getProperty(CACHE_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "emotion-workbench");
    }

    /** The number of decoding threads this load uses. */
    public int resolvedThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
