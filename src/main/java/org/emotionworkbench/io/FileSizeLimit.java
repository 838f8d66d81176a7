package org.emotionworkbench.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A size check before a file that may come from someone else is read whole. */
public final class FileSizeLimit {
    /** What the workbench reads whole at most from one CSV of predictions or labels (1 M rows are ≈ 100 MB). */
    public static final long MAX_CSV_BYTES = 256L * 1024 * 1024;

    private FileSizeLimit() {
    }

    /**
     * @param what the kind of file, for the message (e.g. "predictions CSV")
     * @throws IOException saying how large the file is and what is allowed, when it is over {@code maxBytes}
     */
    public static void require(Path file, long maxBytes, String what) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(String.format(java.util.Locale.ROOT,
                    "the %s %s is %,d bytes; more than the %,d bytes the workbench reads from one such file",
                    what, file, size, maxBytes));
        }
    }
}
