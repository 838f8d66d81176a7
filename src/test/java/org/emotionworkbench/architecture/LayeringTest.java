package org.emotionworkbench.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine knows nothing of its faces: only the cli package uses picocli or the cli, only ui packages use JavaFX or the ui. */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/emotionworkbench");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void engineDoesNotDependOnTheCommandLine() throws IOException {
        List<String> offenders = sources().stream()
                .filter(p -> !p.startsWith(MAIN.resolve("cli")))
                .filter(p -> {
                    try {
                        String src = Files.readString(p);
                        return src.contains("import picocli") || src.contains("import org.emotionworkbench.cli");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(Path::toString).toList();
        assertTrue(sources().size() > 50, "scanned the sources");
        assertEquals(List.of(), offenders);
    }

    @Test
    void engineDoesNotDependOnTheWorkbenchUi() throws IOException {
        List<String> offenders = sources().stream()
                .filter(p -> !p.startsWith(MAIN.resolve("ui")) && !p.startsWith(MAIN.resolve("cli")))
                .filter(p -> {
                    try {
                        return Files.readString(p).contains("import org.emotionworkbench.ui");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void theUiDoesNotUseTheCommandLine() throws IOException {
        List<String> offenders = sources().stream()
                .filter(p -> p.startsWith(MAIN.resolve("ui")))
                .filter(p -> {
                    try {
                        String src = Files.readString(p);
                        return src.contains("import picocli") || src.contains("import org.emotionworkbench.cli");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void onlyAUiPackageMayUseJavaFx() throws IOException {
        List<String> offenders = sources().stream()
                .filter(p -> !p.startsWith(MAIN.resolve("ui")))
                .filter(p -> {
                    try {
                        return Files.readString(p).contains("import javafx");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }
}
