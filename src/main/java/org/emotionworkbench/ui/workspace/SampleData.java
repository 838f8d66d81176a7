package org.emotionworkbench.ui.workspace;

import org.emotionworkbench.sampledata.SampleDataGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled sample data the workbench opens with: {@code sample-data/} in the working folder (the repository's),
 * else a copy the workbench draws itself into the workspace (same generator, counts and seed as the CLI's
 * {@code sample-data} command).
 */
public final class SampleData {
    public static final int TRAIN_PER_CLASS = 60;
    public static final int TEST_PER_CLASS = 20;
    public static final long SEED = 2026;
    /** Where an installed copy keeps its sample data (the app-image's launcher sets it to {@code $APPDIR/sample-data}). */
    public static final String PROPERTY = "emotionworkbench.sampledata";

    private SampleData() {
    }

    public static boolean isSampleData(Path dir) {
        Path readme = dir.resolve("README.md");
        try {
            return Files.isRegularFile(readme) && Files.readString(readme).contains(SampleDataGenerator.MARKER);
        } catch (IOException e) {
            return false;
        }
    }

    /** The installed copy ({@link #PROPERTY}), else the bundled folder if present, else the workspace's (generated on first use). */
    public static Path locate(Workspace workspace) throws IOException {
        String installed = System.getProperty(PROPERTY);
        if (installed != null && !installed.isBlank() && isSampleData(Path.of(installed))) {
            return Path.of(installed).toAbsolutePath().normalize();
        }
        Path bundled = Path.of("sample-data").toAbsolutePath().normalize();
        if (isSampleData(bundled)) {
            return bundled;
        }
        Path own = workspace.root().resolve("sample-data");
        if (!isSampleData(own)) {
            SampleDataGenerator.generate(own, TRAIN_PER_CLASS, TEST_PER_CLASS, SEED);
        }
        return own;
    }
}
