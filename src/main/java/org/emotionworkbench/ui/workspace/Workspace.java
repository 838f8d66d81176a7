package org.emotionworkbench.ui.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder the workbench keeps its runs in ({@code runs/<name>/}, each an ordinary run folder the CLI can read)
 * and its own sample data if none is bundled. Default {@code ~/emotion-workbench}; {@value #PROPERTY} or the
 * settings file moves it.
 */
public record Workspace(Path root) {
    public static final String PROPERTY = "emotionworkbench.workspace";

    public Workspace {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /** The system property if set, else the remembered one, else {@code ~/emotion-workbench}. */
    public static Workspace resolveDefault(WorkbenchSettings settings) {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return new Workspace(Path.of(prop));
        }
        if (settings.workspace() != null) {
            return new Workspace(Path.of(settings.workspace()));
        }
        return new Workspace(Path.of(System.getProperty("user.home"), "emotion-workbench"));
    }

    public Path runs() {
        return root.resolve("runs");
    }

    /** Creates the folders; a workspace that is a file or cannot be written is refused with a clear message. */
    public Workspace ensureExists() throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException("workspace " + root + " is a file, not a folder");
        }
        Files.createDirectories(runs());
        if (!Files.isWritable(root)) {
            throw new IOException("workspace " + root + " is not writable");
        }
        return this;
    }

    /** A run folder name not yet taken: {@code <base>}, {@code <base>-2}, ... */
    public Path newRunFolder(String base) {
        String clean = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (clean.isEmpty()) {
            clean = "run";
        }
        Path p = runs().resolve(clean);
        for (int i = 2; Files.exists(p); i++) {
            p = runs().resolve(clean + "-" + i);
        }
        return p;
    }
}
