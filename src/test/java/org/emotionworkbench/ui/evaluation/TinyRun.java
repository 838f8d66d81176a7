package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.run.RunExecutor;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.training.TrainingOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One run of the tiny preset trained for 3 epochs on the bundled sample data (a few seconds), made once per test JVM
 * and copied into each test's workspace.
 */
public final class TinyRun {
    private static Path trained;
    private static Path other;

    private TinyRun() {
    }

    /** The trained run folder (shared; copy it before changing anything). */
    public static synchronized Path get() {
        if (trained == null) {
            trained = train(42);
        }
        return trained;
    }

    /** A second model (another seed), for comparisons. */
    public static synchronized Path other() {
        if (other == null) {
            other = train(7);
        }
        return other;
    }

    private static Path train(long seed) {
        try {
            Path root = Files.createTempDirectory("ew-tiny-run");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            Path run = root.resolve("tiny");
            new RunExecutor(LoadOptions.defaults().withoutCache()).execute(Presets.get("tiny"),
                    TrainingOptions.of(3, 16, 1e-2, seed),
                    new DataOptions(Path.of("sample-data").toAbsolutePath().toString(), null, 0.2, false, null, null),
                    RunFolder.createNew(run, false));
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the trained run as {@code <workspace>/runs/<name>}. */
    public static Path copyInto(Path workspaceRoot, String name) {
        return copy(get(), workspaceRoot, name);
    }

    /** A copy of a run folder as {@code <workspace>/runs/<name>}. */
    public static Path copy(Path source, Path workspaceRoot, String name) {
        Path target = workspaceRoot.resolve("runs").resolve(name);
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void delete(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files; the OS cleans up
        }
    }
}
