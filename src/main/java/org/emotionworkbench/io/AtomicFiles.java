package org.emotionworkbench.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers see either the old content or the complete new content, never a partial file:
 * the bytes go to a temporary file in the target's directory, which is then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE} and {@link StandardCopyOption#REPLACE_EXISTING}. Missing parent
 * directories are created. On failure the temporary file is removed and the target is left untouched.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code content} as UTF-8. */
    public static Path writeString(Path target, String content) throws IOException {
        if (content == null) {
            throw new IllegalArgumentException("content must not be null");
        }
        return write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Fills the temporary file that then replaces the target (a model zip, an image, ...). */
    @FunctionalInterface
    public interface Writer {
        void write(Path tmp) throws IOException;
    }

    /** Writes {@code bytes} atomically to {@code target}; returns {@code target}. */
    public static Path write(Path target, byte[] bytes) throws IOException {
        if (bytes == null) {
            throw new IllegalArgumentException("target and bytes must not be null");
        }
        return write(target, tmp -> Files.write(tmp, bytes));
    }

    /** Lets {@code writer} fill a temporary file beside {@code target}, then renames it over the target. */
    public static Path write(Path target, Writer writer) throws IOException {
        if (target == null || writer == null) {
            throw new IllegalArgumentException("target and writer must not be null");
        }
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null) {
            throw new IllegalArgumentException("target has no parent directory: " + target);
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("target is a directory: " + target);
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            writer.write(tmp);
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return target;
    }

    /** {@link #writeString} for callers that cannot throw checked exceptions. */
    public static Path writeStringUnchecked(Path target, String content) {
        try {
            return writeString(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
