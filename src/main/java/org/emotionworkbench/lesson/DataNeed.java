package org.emotionworkbench.lesson;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dataset a lesson needs: where it is looked for under the datasets folder, what it is, and where a user who lacks
 * it can get it.
 *
 * @param relativePath the folder under the datasets folder, e.g. {@code fer2013}
 * @param check        a file or folder inside it that must exist, e.g. {@code test} (empty: the folder itself)
 */
public record DataNeed(String name, String relativePath, String check, String what, String whereToGet) {
    public Path resolve(Path datasetsRoot) {
        return datasetsRoot.resolve(relativePath).toAbsolutePath().normalize();
    }

    public boolean presentUnder(Path datasetsRoot) {
        Path p = resolve(datasetsRoot);
        return Files.isDirectory(p) && (check.isEmpty() || Files.exists(p.resolve(check)));
    }

    /** One paragraph for a user who lacks it. */
    public String missingMessage(Path datasetsRoot) {
        return name + " (" + what + ") is not at " + resolve(datasetsRoot)
                + (check.isEmpty() ? "" : " (expected " + check + "/ inside)") + ". " + whereToGet;
    }
}
