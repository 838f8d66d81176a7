package org.emotionworkbench.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine knows nothing of its faces: only the cli package uses picocli or the cli, only ui packages use JavaFX or
 * the ui; and neither face touches DL4J or ND4J directly.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/emotionworkbench");
    private static final Path CLI = MAIN.resolve("cli");
    private static final Path UI = MAIN.resolve("ui");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    /** The sources in scope that contain any of the forbidden imports. */
    private static List<String> offenders(Predicate<Path> scope, String... forbiddenImports) throws IOException {
        return sources().stream().filter(scope).filter(p -> {
            try {
                String src = Files.readString(p);
                return Arrays.stream(forbiddenImports).anyMatch(i -> src.contains("import " + i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
    }

    /** The sources in scope that name any of the packages at all (imported or fully qualified). */
    private static List<String> mentioning(Predicate<Path> scope, String... packages) throws IOException {
        return sources().stream().filter(scope).filter(p -> {
            try {
                String src = Files.readString(p);
                return Arrays.stream(packages).anyMatch(src::contains);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
    }

    @Test
    void engineDoesNotDependOnTheCommandLine() throws IOException {
        assertTrue(sources().size() > 50, "scanned the sources");
        assertEquals(List.of(), offenders(p -> !p.startsWith(CLI), "picocli", "org.emotionworkbench.cli"));
    }

    @Test
    void engineDoesNotDependOnTheWorkbenchUi() throws IOException {
        assertEquals(List.of(), offenders(p -> !p.startsWith(UI) && !p.startsWith(CLI), "org.emotionworkbench.ui"));
    }

    @Test
    void theUiDoesNotUseTheCommandLine() throws IOException {
        assertEquals(List.of(), offenders(p -> p.startsWith(UI), "picocli", "org.emotionworkbench.cli"));
    }

    @Test
    void theEnginesLowerPackagesDoNotReachUpToRunsStudiesOrLessons() throws IOException {
        List<Path> lower = List.of("io", "dataset", "model", "training", "evaluation", "explain", "platform").stream()
                .map(MAIN::resolve).toList();
        assertEquals(List.of(), offenders(p -> lower.stream().anyMatch(p::startsWith),
                "org.emotionworkbench.run.", "org.emotionworkbench.study.", "org.emotionworkbench.lesson."));
    }

    @Test
    void theUiUsesModelsThroughEngineTypesNotDl4jOrNd4j() throws IOException {
        assertEquals(List.of(), offenders(p -> p.startsWith(UI), "org.deeplearning4j", "org.nd4j"));
    }

    @Test
    void onlyAUiPackageMayUseJavaFx() throws IOException {
        assertEquals(List.of(), offenders(p -> !p.startsWith(UI), "javafx"));
    }

    /**
     * The command line and the window reach models only through the engine's own types (RunModels, LoadedModel,
     * RunExplainer, …): no DL4J or ND4J type, imported or fully qualified.
     */
    @Test
    void theCommandLineAndTheUiUseNoDl4jOrNd4jTypes() throws IOException {
        assertEquals(List.of(), mentioning(p -> p.startsWith(CLI) || p.startsWith(UI),
                "org.deeplearning4j.", "org.nd4j."));
    }

    /**
     * The window builds no image from a file itself (JavaFX's {@code new Image(url)} or {@code ImageIO.read} would
     * decode a 30,000 × 30,000 PNG at full size): faces come through the engine, which refuses absurd sizes from the
     * header. The one {@code new Image} left is the application icon, read from the jar.
     */
    @Test
    void theWindowDecodesImageFilesOnlyThroughTheEngine() throws IOException {
        List<String> decoding = sources().stream().filter(p -> p.startsWith(UI)).filter(p -> {
            try {
                String src = Files.readString(p).replaceAll( // the icon, from the jar
                        "new Image\\(Objects\\.requireNonNull\\(\\s*WorkbenchApp\\.class\\.getResourceAsStream\\(", "");
                return src.contains("ImageIO.read") || src.contains("new Image(") || src.contains("image.Image(");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), decoding);
    }
}
