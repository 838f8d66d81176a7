package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.LoadOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Shared options for loading datasets: where the preprocessed-pixel cache lives, or no cache at all. */
final class CacheOptions {
    @Option(names = "--cache-dir", paramLabel = "<dir>",
            description = "Cache for preprocessed pixels (default ~/.cache/emotion-workbench).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Decode every image, read and write no cache.")
    boolean noCache;

    LoadOptions toLoadOptions() {
        LoadOptions o = LoadOptions.defaults();
        if (cacheDir != null) {
            o = o.withCacheDir(cacheDir);
        }
        return noCache ? o.withoutCache() : o;
    }
}
