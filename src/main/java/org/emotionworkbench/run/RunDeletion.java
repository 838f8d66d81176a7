package org.emotionworkbench.run;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Predicate;

/**
 * Removes a run folder: into the system's trash where the desktop has one ({@link Desktop#moveToTrash}), else for
 * good. Only a run folder (one holding {@value RunFolder#CONFIG}) is removed, so a wrong path never costs more than
 * a run. Confirming is the caller's job.
 */
public final class RunDeletion {
    /** How a run went. */
    public enum Outcome {
        MOVED_TO_TRASH, DELETED
    }

    private final Predicate<File> trash;
    private final boolean hasTrash;

    /** {@code trash} moves a folder to the trash (false when it could not); null for a system without a trash. */
    public RunDeletion(Predicate<File> trash) {
        this.trash = trash;
        this.hasTrash = trash != null;
    }

    /** The desktop's trash when Java can reach it (not headless, MOVE_TO_TRASH supported), else deleting for good. */
    public static RunDeletion ofSystem() {
        return new RunDeletion(systemTrashSupported() ? f -> Desktop.getDesktop().moveToTrash(f) : null);
    }

    private static boolean systemTrashSupported() {
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Whether {@link #remove} moves to a trash (so the confirmation can say whether it can be undone). */
    public boolean movesToTrash() {
        return hasTrash;
    }

    /**
     * Moves the run to the trash, or deletes it for good when there is no trash. A failed move to the trash is an
     * error, never silently turned into deleting for good (the user was told it could be undone).
     */
    public Outcome remove(Path runDir) throws IOException {
        Path dir = runDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve(RunFolder.CONFIG))) {
            throw new IllegalArgumentException(dir + " is not a run folder (no " + RunFolder.CONFIG + "); nothing removed");
        }
        if (hasTrash) {
            boolean moved;
            try {
                moved = trash.test(dir.toFile());
            } catch (RuntimeException e) {
                throw new IOException("could not move " + dir + " to the trash: " + e.getMessage(), e);
            }
            if (!moved || Files.exists(dir)) {
                throw new IOException("could not move " + dir + " to the trash; it is still there");
            }
            return Outcome.MOVED_TO_TRASH;
        }
        deleteTree(dir);
        return Outcome.DELETED;
    }

    /** Deletes {@code dir} and everything in it, for good. */
    public static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
