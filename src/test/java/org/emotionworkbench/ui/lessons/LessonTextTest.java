package org.emotionworkbench.ui.lessons;

import org.emotionworkbench.lesson.Lessons;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonTextTest {
    @Test
    void hardWrappedParagraphsAndListItemsBecomeOneLineEachWithoutMarks() {
        String md = "# Lesson: x\n\n**Question.** Does it\nwork?\n\n1. *Datasets screen.* Open\n   `faces`.\n2. Two\n";
        assertEquals("Lesson: x\n\nQuestion. Does it work?\n\n1. Datasets screen. Open faces.\n2. Two",
                LessonText.forDisplay(md));
    }

    @Test
    void theBundledTextsKeepTheirWordsButLoseTheirMarks() {
        String t = LessonText.forDisplay(Lessons.instructorText(Lessons.get("synthetic-vs-real")));
        assertTrue(t.startsWith("Lesson: synthetic vs real faces\n\nQuestion. A model learns"), t);
        assertFalse(t.contains("**") || t.contains("`"), t);
        assertTrue(t.contains("marah → angry"), t);
    }
}
