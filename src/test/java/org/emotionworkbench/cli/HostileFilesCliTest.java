package org.emotionworkbench.cli;

import org.emotionworkbench.platform.HostileFileCorpus;
import org.emotionworkbench.platform.HostileFileCorpus.Item;
import org.emotionworkbench.platform.HostileFileCorpus.Kind;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.emotionworkbench.cli.CliEndToEndTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of the hostile-file corpus, opened through the commands a user would open it with: a non-zero exit, one
 * clear error line naming the problem (no stack trace), no hang, and nothing written outside the folder given.
 */
class HostileFilesCliTest {
    @TempDir
    static Path tmp;
    static Path corpus;
    static Path faces;
    static List<Item> items;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = tmp.resolve("corpus");
        items = HostileFileCorpus.write(corpus);
        faces = tmp.resolve("faces");
        SampleDataGenerator.generate(faces, 2, 1, 1);
    }

    /** Each item with each command that opens it (the settings file is the window's: no command reads it). */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Item item : items) {
            switch (item.kind()) {
                case RUN_FOLDER -> {
                    cases.add(Arguments.of(item, "evaluate"));
                    cases.add(Arguments.of(item, "gradcam"));
                }
                case IMAGE_FOLDER -> cases.add(Arguments.of(item, "gradcam"));
                case STUDY_SPEC, STUDY_FOLDER -> cases.add(Arguments.of(item, "study run"));
                case KERAS_FILE -> cases.add(Arguments.of(item, "import"));
                case SETTINGS_FILE -> {
                }
            }
        }
        return cases.stream();
    }

    private static String[] command(Item item, String command, Path out) {
        Path good = corpus.resolve(HostileFileCorpus.GOOD_RUN);
        String p = item.path().toString();
        return switch (command) {
            case "evaluate" -> new String[]{"evaluate", "--run", p, "--data", faces.toString(),
                    "--out", out.resolve("evaluation").toString(), "--cache-dir", out.resolve("cache").toString()};
            case "gradcam" -> new String[]{"gradcam", "--run", item.kind() == Kind.RUN_FOLDER ? p : good.toString(),
                    "--images", item.kind() == Kind.RUN_FOLDER ? faces.resolve("test").toString() : p,
                    "--out", out.toString()};
            case "study run" -> item.kind() == Kind.STUDY_FOLDER
                    ? new String[]{"study", "run", "--spec", item.path().resolve(HostileFileCorpus.STUDY_SPEC_IN_FOLDER)
                    .toString(), "--out", p, "--cache-dir", tmp.resolve("study-cache").toString()}
                    : new String[]{"study", "run", "--spec", p, "--out", out.toString(), "--cache-dir",
                    out.resolve("cache").toString()};
            case "import" -> new String[]{"import", "--keras", p, "--out", out.toString(), "--classes", "fer2013"};
            default -> throw new IllegalArgumentException(command);
        };
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    @Timeout(60) // a hang guard: each is refused in well under a second once the libraries are loaded
    void isRefusedWithOneClearLineAndNothingWrittenOutside(Item item, String command) throws IOException {
        Path out = tmp.resolve("out-" + item.name() + "-" + command.replace(' ', '-'));
        Path given = item.kind() == Kind.STUDY_FOLDER ? item.path() : out;
        Map<String, String> before = snapshot(given);

        CliEndToEndTest.Result r = cli(command(item, command, out));

        assertNotEquals(0, r.code(), r.out() + r.err());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line on stderr:\n" + r.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        assertTrue(lines.get(0).contains(item.problem()), "names the problem (" + item.problem() + "): " + lines.get(0));
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception:"), "no stack trace:\n" + r.err());
        assertEquals(before, snapshot(given), "nothing written outside " + given);
        try (Stream<Path> s = Files.list(corpus.resolve(HostileFileCorpus.OUTSIDE))) {
            assertEquals(0, s.count(), "nothing written where the corpus's links point");
        }
    }

    @Test
    @Timeout(60)
    void gradcamDoesNotWriteThroughALinkInItsOutputFolder() throws IOException {
        Path images = Files.createDirectories(tmp.resolve("one-face").resolve("happy"));
        try (Stream<Path> s = Files.list(faces.resolve("test").resolve("happy"))) {
            Files.copy(s.findFirst().orElseThrow(), images.resolve("face.png"));
        }
        Path victim = Files.writeString(tmp.resolve("victim.png"), "keep me");
        Path out = Files.createDirectories(tmp.resolve("cams-with-link"));
        Files.createSymbolicLink(out.resolve("happy_face.png"), victim);

        CliEndToEndTest.Result r = cli("gradcam", "--run", corpus.resolve(HostileFileCorpus.GOOD_RUN).toString(),
                "--images", images.getParent().toString(), "--out", out.toString());

        assertNotEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("symbolic link") && r.err().contains("face.png"), r.err());
        assertEquals("keep me", Files.readString(victim));
    }

    @Test
    void theCorpusHasEveryKindOfHostileFile() {
        List<String> names = items.stream().map(Item::name).toList();
        assertTrue(names.containsAll(List.of("serialization-bomb", "gadget-object", "truncated-zip", "oversized-zip",
                "shape-mismatch", "nan-weights", "infinite-weights", "decompression-bomb-png", "escaping-study-spec",
                "symlinked-study-folder", "corrupt-settings", "not-hdf5-keras-file")), names.toString());
    }

    /** Every file and folder under the test's folder outside {@code given}, with size and modification time. */
    private static Map<String, String> snapshot(Path given) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path p : walk.toList()) {
                if (p.startsWith(given) || p.startsWith(tmp.resolve("study-cache"))) {
                    continue;
                }
                files.put(tmp.relativize(p).toString(), Files.isSymbolicLink(p) ? "link to " + Files.readSymbolicLink(p)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir"
                        : Files.size(p) + "@" + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS));
            }
        }
        return files;
    }
}
