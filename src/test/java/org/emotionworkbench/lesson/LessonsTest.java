package org.emotionworkbench.lesson;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.study.StudySpec;
import org.emotionworkbench.training.Balancing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LessonsTest {
    private static final Path SHARED = Path.of("..", "shared", "datasets").toAbsolutePath().normalize();

    @Test
    void everyLessonHasAnInstructorTextAndATemplateThatNamesOnlyWhatItFills() throws Exception {
        for (Lesson l : Lessons.all()) {
            assertTrue(Lessons.instructorText(l).startsWith("# Lesson"), l.name());
            String template = Lessons.studyTemplate(l);
            assertTrue(template.contains("\"name\": \"" + l.name() + "\""), l.name());
        }
        assertEquals("synthetic-vs-real", Lessons.get("Synthetic-vs-Real").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lessons.get("nope"));
        assertTrue(e.getMessage().contains("sample-faces"), e.getMessage());
    }

    @Test
    void fillingEscapesPathsForJsonAndRefusesAnUnfilledPlaceholder() {
        assertEquals("{\"data\": \"C:\\\\faces \\\"a\\\"\"}", PreparedLesson.fill("{\"data\": \"${x}\"}", Map.of("x", "C:\\faces \"a\"")));
        assertThrows(IllegalStateException.class, () -> PreparedLesson.fill("${missing}", Map.of()));
    }

    @Test
    void missingDataSaysWhichFolderItNeedsAndWhereToGetIt(@TempDir Path tmp) {
        Lesson l = Lessons.get("synthetic-vs-real");
        String m = Lessons.missingData(l, tmp).orElseThrow();
        assertTrue(m.contains(tmp.resolve("fer2013").toString()), m);
        assertTrue(m.contains(tmp.resolve("synthetic/sd-emotion-faces-full/faces").toString()), m);
        assertTrue(m.contains("Kaggle"), m);
        assertTrue(m.contains("sample-faces"), m);
        LessonDataMissingException e = assertThrows(LessonDataMissingException.class,
                () -> PreparedLesson.prepare(l, tmp, tmp.resolve("out")));
        assertEquals(m, e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written when data is missing");
        assertTrue(Lessons.missingData(Lessons.get("sample-faces"), tmp).isEmpty());
    }

    @Test
    void sampleFacesPreparesItsOwnDataAndAReadableSpec(@TempDir Path tmp) throws Exception {
        PreparedLesson p = PreparedLesson.prepare(Lessons.get("sample-faces"), tmp.resolve("none"), tmp.resolve("out"));
        StudySpec spec = p.spec();
        assertEquals(List.of("faces-a", "faces-b"), spec.sources().stream().map(StudySpec.Source::name).toList());
        assertEquals(tmp.resolve("out/data/faces-a").toString(), spec.sources().get(0).data());
        assertTrue(Files.isDirectory(tmp.resolve("out/data/faces-b/test/sad")));
        assertTrue(Files.readString(tmp.resolve("out/LESSON.md")).startsWith("# Lesson"));
        assertEquals(tmp.resolve("out/study"), p.studyDir());
        String before = Files.readString(p.specFile());
        PreparedLesson again = PreparedLesson.prepare(Lessons.get("sample-faces"), tmp.resolve("none"), tmp.resolve("out"));
        assertEquals(before, Files.readString(again.specFile()), "preparing again gives the same spec, so a study resumes");
    }

    @Test
    void syntheticVsRealMatchesFer2013TrainingFacesToTheSdFacesPerClass(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("synthetic/sd-emotion-faces-full/faces"))
                && Files.isDirectory(SHARED.resolve("fer2013/train")), "shared datasets not found at " + SHARED);
        PreparedLesson p = PreparedLesson.prepare(Lessons.get("synthetic-vs-real"), SHARED, tmp.resolve("svr"));
        Manifest synthetic = ManifestJson.read(Path.of(p.spec().sources().get(0).data()));
        Manifest real = ManifestJson.read(Path.of(p.spec().sources().get(1).data()));
        Map<Emotion, Integer> expected = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            expected.put(e, 0);
        }
        expected.putAll(Map.of(Emotion.ANGRY, 75, Emotion.NEUTRAL, 120, Emotion.SAD, 82, Emotion.HAPPY, 139,
                Emotion.SURPRISE, 60));
        assertEquals(expected, synthetic.counts());
        // a fifth of each synthetic class held out (rounded), the real faces matched to the rest
        Map<Emotion, Integer> heldOut = new EnumMap<>(Emotion.class);
        expected.forEach((e, n) -> heldOut.put(e, (int) Math.round(n * 0.2)));
        assertEquals(heldOut, synthetic.counts(DataSplit.TEST));
        assertEquals(95, synthetic.entries(DataSplit.TEST).size());
        assertEquals(synthetic.counts(DataSplit.TRAIN), real.counts());
        assertEquals(381, real.size());
        assertTrue(real.entries().stream().allMatch(e -> e.split() == DataSplit.TRAIN
                && e.file().toString().contains("/fer2013/train/")), "only FER2013 training faces are drawn");
        assertEquals(List.of("fer2013-test", "taiwanese-posed", "synthetic-held-out"),
                p.spec().evaluations().stream().map(StudySpec.EvaluationSet::name).toList());
        assertEquals(p.spec().sources().get(0).data(), p.spec().evaluations().get(2).data(),
                "the held-out synthetic faces are the synthetic manifest's test split");
        assertTrue(p.spec().evaluations().stream().allMatch(e -> e.classes() == EvaluationClasses.SHARED),
                "5-class models are scored on the 5 classes they know");
        assertEquals(Balancing.NONE, p.spec().sources().get(0).balancing() == null ? Balancing.NONE
                : p.spec().sources().get(0).balancing());
    }

    @Test
    void theBalancingLessonDiffersOnlyInBalancing(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("fer2013/train")), "FER2013 not found at " + SHARED);
        PreparedLesson p = PreparedLesson.prepare(Lessons.get("class-weights-vs-augmentation"), SHARED, tmp.resolve("b"));
        StudySpec.Source a = p.spec().sources().get(0);
        StudySpec.Source b = p.spec().sources().get(1);
        assertEquals(Balancing.CLASS_WEIGHTS, a.balancing());
        assertEquals(Balancing.AUGMENT_MINORITY, b.balancing());
        assertEquals(a.data(), b.data());
        assertEquals(a.augmentation(), b.augmentation());
        Manifest subset = ManifestJson.read(Path.of(a.data()));
        assertEquals((int) Math.round(436 * BalancingLesson.FRACTION), subset.counts().get(Emotion.DISGUST));
        assertEquals((int) Math.round(7215 * BalancingLesson.FRACTION), subset.counts().get(Emotion.HAPPY));
    }
}
