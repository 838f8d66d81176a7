package org.emotionworkbench.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * src/test/java holds tests and their helpers only: benchmarks, probes and screenshot makers live in src/tools/java
 * (compiled with -Ptools), and no test writes into docs/.
 */
class TestTreeHoldsOnlyTestsTest {
    private static final Path TESTS = Path.of("src/test/java");
    /** A string literal that starts with docs/ (built so that this file holds none). */
    private static final String DOCS_LITERAL = '"' + "docs" + '/';
    private static final Pattern TEST_ANNOTATION = Pattern.compile("@(Test|ParameterizedTest|TestFactory|RepeatedTest)\\b");

    @Test
    void everyFileIsATestOrAHelperThatATestUses() throws IOException {
        Map<Path, String> code = sources();
        List<String> neither = code.entrySet().stream().filter(e -> !TEST_ANNOTATION.matcher(e.getValue()).find())
                .filter(e -> {
                    Pattern use = Pattern.compile("\\b" + Pattern.quote(className(e.getKey())) + "\\b");
                    return code.entrySet().stream().noneMatch(o -> !o.getKey().equals(e.getKey())
                            && use.matcher(o.getValue()).find());
                })
                .map(e -> TESTS.relativize(e.getKey()).toString()).sorted().toList();
        assertEquals(List.of(), neither, "not tests and used by no test: move them to src/tools/java");
    }

    @Test
    void noTestWritesIntoDocs() throws IOException {
        List<String> writers = sources().entrySet().stream().filter(e -> e.getValue().contains(DOCS_LITERAL))
                .map(e -> TESTS.relativize(e.getKey()).toString()).sorted().toList();
        assertEquals(List.of(), writers, "tests write to target/, docs/ is made by the screenshots command and tools");
    }

    private static String className(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    /** Each test source without its comments (a class named in a comment is not a use). */
    private static Map<Path, String> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(TESTS)) {
            return walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toMap(p -> p, p -> {
                try {
                    return Files.readString(p).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }
}
