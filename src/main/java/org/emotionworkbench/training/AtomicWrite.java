package org.emotionworkbench.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see the old content or the complete new one, never a partial file: the writer fills
 * a temporary file beside the target, which is then renamed over it. (The {@code run} package's {@code AtomicFiles}
 * does the same for strings and bytes; the training package cannot depend on it.)
 */
final class AtomicWrite {
    /** Fills the temporary file. */
    interface Writer {
        void write(Path tmp) throws IOException;
    }

    private AtomicWrite() {
    }

    static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            writer.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
