package org.emotionworkbench.study;

import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.platform.MemoryUse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@value #FILE} in a study folder: the process's memory after each run (trained or skipped, then evaluated) of the
 * latest {@code study run}, one row per run, rewritten atomically after each. A study that grows run after run
 * holds on to something it should have released (docs/BENCHMARKS.md, "Memory over a 10-run study").
 */
public final class MemoryLog {
    static final String FILE = "memory.csv";
    static final String HEADER = "run,source,seed,rss_bytes,heap_used_bytes,javacpp_bytes,seconds";

    private final Path file;
    private final List<String> rows = new ArrayList<>();

    public MemoryLog(Path studyDir) {
        this.file = studyDir.resolve(FILE);
    }

    /** Adds a row and rewrites the file. */
    public void record(String source, long seed, MemoryUse use, double seconds) throws IOException {
        rows.add(String.format(Locale.ROOT, "%d,%s,%d,%d,%d,%d,%.1f", rows.size() + 1, source, seed,
                use.residentBytes(), use.heapUsedBytes(), use.javacppBytes(), seconds));
        AtomicFiles.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
    }
}
