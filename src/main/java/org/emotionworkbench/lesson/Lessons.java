package org.emotionworkbench.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The built-in lessons, their resources, and where their datasets are looked for. */
public final class Lessons {
    /** Environment variable naming the datasets folder (holds fer2013/, synthetic/, real/ …). */
    public static final String DATASETS_ENV = "EW_DATASETS";

    private static final List<Lesson> ALL = List.of(new SyntheticVsRealLesson(), new BalancingLesson(),
            new SampleFacesLesson());

    private Lessons() {
    }

    public static List<Lesson> all() {
        return ALL;
    }

    public static Optional<Lesson> find(String name) {
        return ALL.stream().filter(l -> l.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The lesson called {@code name}, or an error listing the names there are. */
    public static Lesson get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no lesson '" + name + "'; the lessons are "
                + String.join(", ", ALL.stream().map(Lesson::name).toList())));
    }

    /**
     * Where datasets are looked for when none is named: {@value #DATASETS_ENV}, else the first of
     * {@code shared/datasets} and {@code ../shared/datasets} (from the working folder) that exists, else
     * {@code datasets}.
     */
    public static Path defaultDatasetsRoot() {
        String env = System.getenv(DATASETS_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        for (String candidate : List.of("shared/datasets", "../shared/datasets")) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("datasets").toAbsolutePath().normalize();
    }

    /** The instructor text of a lesson (Markdown). */
    public static String instructorText(Lesson lesson) {
        return resource(lesson.name() + ".md");
    }

    /** The study-spec template of a lesson, placeholders not yet filled. */
    static String studyTemplate(Lesson lesson) {
        return resource(lesson.name() + ".study.json");
    }

    static String resource(String name) {
        try (InputStream in = Lessons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("lesson resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "fer2013, sd-faces" → the needs that are missing under {@code root}, as one message; empty when all are there. */
    public static Optional<String> missingData(Lesson lesson, Path root) {
        List<String> missing = lesson.needs().stream().filter(n -> !n.presentUnder(root))
                .map(n -> "- " + n.missingMessage(root)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "lesson '%s' needs data that is not under %s:%n%s%n"
                        + "Name the folder that holds them with --datasets <dir> (or %s), or try the lesson 'sample-faces', "
                        + "which needs only the bundled sample data.", lesson.name(), root,
                String.join(System.lineSeparator(), missing), DATASETS_ENV));
    }
}
