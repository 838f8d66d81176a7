package org.emotionworkbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonCommandTest {
    @TempDir
    Path tmp;

    @Test
    void listShowsEveryLessonAndWhetherItsDataIsThere() {
        CliEndToEndTest.Result r = CliEndToEndTest.cli("lesson", "list", "--datasets", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("synthetic-vs-real"), r.out());
        assertTrue(r.out().contains("class-weights-vs-augmentation"), r.out());
        assertTrue(r.out().contains("[data missing under " + tmp + "]"), r.out());
        CliEndToEndTest.Result show = CliEndToEndTest.cli("lesson", "show", "synthetic-vs-real");
        assertEquals(0, show.code());
        assertTrue(show.out().startsWith("# Lesson: synthetic vs real faces"), show.out());
        assertTrue(show.out().contains("Needs SD faces: <datasets>/synthetic/sd-emotion-faces-full/faces"), show.out());
    }

    @Test
    void aLessonWithoutItsDataIsAUserErrorThatSaysWhereToGetItAndWritesNothing() {
        Path out = tmp.resolve("out");
        CliEndToEndTest.Result r = CliEndToEndTest.cli("lesson", "run", "synthetic-vs-real", "--out", out.toString(),
                "--datasets", tmp.resolve("none").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: lesson 'synthetic-vs-real' needs data that is not under"), r.err());
        assertTrue(r.err().contains("Kaggle"), r.err());
        assertFalse(Files.exists(out));
        CliEndToEndTest.Result unknown = CliEndToEndTest.cli("lesson", "run", "nope", "--out", out.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("the lessons are synthetic-vs-real"), unknown.err());
    }
}
