package org.emotionworkbench.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.io.OutputPaths;
import org.emotionworkbench.study.StudyReportHtml;
import org.emotionworkbench.study.StudySpec;
import org.emotionworkbench.study.StudySummary;
import org.emotionworkbench.study.StudySummaryMarkdown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson made ready in a folder: {@code LESSON.md} (the instructor text), {@code data/} (its prepared manifests),
 * {@code study.json} (the study spec with every path filled in), and {@code study/} where the study runs. Running the
 * study is the caller's (the CLI's runner, or the window's Study pane); {@link #writeResults} then writes the summary
 * and the HTML report beside the runs.
 */
public record PreparedLesson(Lesson lesson, Path out, Path specFile, Path studyDir, StudySpec spec) {
    public static final String TEXT = "LESSON.md";
    public static final String SPEC = "study.json";
    public static final String STUDY = "study";
    public static final String REPORT = "report.html";
    public static final String DATA = "data";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Checks the data, prepares it and writes the lesson folder; seeded, so preparing again gives the same files (a
     * stopped lesson resumes with the same spec).
     *
     * @throws LessonDataMissingException when a dataset it needs is not under {@code datasetsRoot}
     */
    public static PreparedLesson prepare(Lesson lesson, Path datasetsRoot, Path out) throws IOException {
        Path root = datasetsRoot.toAbsolutePath().normalize();
        var missing = Lessons.missingData(lesson, root);
        if (missing.isPresent()) {
            throw new LessonDataMissingException(missing.get());
        }
        Path dir = out.toAbsolutePath().normalize();
        String origin = "the lesson folder " + dir;
        AtomicFiles.writeString(OutputPaths.child(dir, origin, TEXT), Lessons.instructorText(lesson));
        Map<String, String> values = lesson.prepare(root, OutputPaths.child(dir, origin, DATA));
        Path specFile = AtomicFiles.writeString(OutputPaths.child(dir, origin, SPEC),
                fill(Lessons.studyTemplate(lesson), values));
        return new PreparedLesson(lesson, dir, specFile, OutputPaths.child(dir, origin, STUDY), StudySpec.read(specFile));
    }

    /** Replaces each {@code ${name}} inside a JSON string by its value, escaped for JSON. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("the lesson template names ${" + m.group(1) + "}, which the lesson "
                        + "does not fill");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(escape(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String escape(String value) {
        try {
            String quoted = JSON.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Summarises the finished study: {@code summary.md}, {@code summary.json} in the study folder, {@code report.html}. */
    public StudySummary writeResults(int resamples) throws IOException {
        StudySummary summary = StudySummary.of(spec, studyDir, resamples, 1);
        AtomicFiles.writeString(OutputPaths.child(studyDir, "the lesson folder " + out, "summary.md"),
                StudySummaryMarkdown.render(summary));
        AtomicFiles.writeString(OutputPaths.child(studyDir, "the lesson folder " + out, "summary.json"),
                JSON.writeValueAsString(summary));
        writeReport(summary);
        return summary;
    }

    /** Writes the hand-out {@code report.html} of the lesson from its study's summary; returns its path. */
    public Path writeReport(StudySummary summary) throws IOException {
        return AtomicFiles.writeString(OutputPaths.child(out, "the lesson folder " + out, REPORT),
                StudyReportHtml.render(summary));
    }
}
