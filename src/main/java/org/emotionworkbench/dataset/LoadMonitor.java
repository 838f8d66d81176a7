package org.emotionworkbench.dataset;

/**
 * Watches a load: told how many files are done (decoded or answered by the cache) out of how many, and asked whether
 * to stop. Called from decoding threads, so implementations must be thread-safe and quick.
 */
public interface LoadMonitor {
    LoadMonitor NONE = new LoadMonitor() {
    };

    /** {@code done} of {@code total} files of the current split are done. */
    default void progress(String split, int done, int total) {
    }

    /** A scan has found {@code images} image files so far (how many there will be is not known yet). */
    default void scanning(long images) {
    }

    /** True to stop the load as soon as possible; what was decoded so far is kept in the cache. */
    default boolean cancelled() {
        return false;
    }
}
